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

    @Test
    void theKeyDoesNotDependOnTheOrderOfOpNames() {
        StartupSnapshot one = new StartupSnapshot(List.of(), "p", "c", List.of(), List.of("op_a", "op_b"), List.of("op_c", "op_d"));
        StartupSnapshot other = new StartupSnapshot(List.of(), "p", "c", List.of(), List.of("op_b", "op_a"), List.of("op_d", "op_c"));
        assertEquals(one.key(), other.key());
    }

    @Test
    void pruningKeepsTheSnapshotsUsedLast(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 5; i++) {
            Path file = dir.resolve("s" + i + ".bin");
            Files.write(file, new byte[]{1});
            Files.setLastModifiedTime(file, java.nio.file.attribute.FileTime.fromMillis(1_000_000L * (i + 1)));
        }
        StartupSnapshot.prune(dir, 2);
        try (var files = Files.list(dir)) {
            assertEquals(java.util.Set.of("s3.bin", "s4.bin"),
                    files.map(f -> f.getFileName().toString()).collect(java.util.stream.Collectors.toSet()));
        }
    }

    private static StartupSnapshot snapshot(List<String> flags, String primordials, String core, String script) {
        return new StartupSnapshot(flags, primordials, core, List.of(new ExtensionRegistry.Script("ext:x/00_x.js", script)),
                List.of("op_a"), List.of("op_b"));
    }
}
