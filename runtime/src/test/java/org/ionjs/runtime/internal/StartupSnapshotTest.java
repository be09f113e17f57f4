package org.ionjs.runtime.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class StartupSnapshotTest {

    @Test
    void aCachedSnapshotReadsBackAsWritten(@TempDir Path dir) {
        Path file = dir.resolve("s.bin");
        byte[] blob = {1, 2, 3, 4, 5};
        StartupSnapshot.writeVerified(file, blob);
        assertArrayEquals(blob, StartupSnapshot.readVerified(file));
    }

    @Test
    void aDamagedOrTruncatedSnapshotIsRejectedNotHandedToV8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.bin");
        StartupSnapshot.writeVerified(file, new byte[]{1, 2, 3, 4, 5});
        byte[] content = Files.readAllBytes(file);
        content[content.length - 1] ^= 1;
        Files.write(file, content);
        assertNull(StartupSnapshot.readVerified(file));
        Files.write(file, new byte[]{1, 2});
        assertNull(StartupSnapshot.readVerified(file));
        assertNull(StartupSnapshot.readVerified(dir.resolve("missing.bin")));
    }

    @Test
    void theSnapshotIsKeyedByFlagsAndEveryScript() {
        String base = snapshot(List.of(), "p", "c", "a").key();
        assertEquals(base, snapshot(List.of(), "p", "c", "a").key());
        assertNotEquals(base, snapshot(List.of("--expose-gc"), "p", "c", "a").key());
        assertNotEquals(base, snapshot(List.of(), "q", "c", "a").key());
        assertNotEquals(base, snapshot(List.of(), "p", "d", "a").key());
        assertNotEquals(base, snapshot(List.of(), "p", "c", "b").key());
    }

    private static StartupSnapshot snapshot(List<String> flags, String primordials, String core, String script) {
        return new StartupSnapshot(flags, primordials, core, List.of(new ExtensionRegistry.Script("ext:x/00_x.js", script)),
                List.of("op_a"), List.of("op_b"));
    }
}
