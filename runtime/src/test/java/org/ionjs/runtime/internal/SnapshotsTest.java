package org.ionjs.runtime.internal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SnapshotsTest {

    @Test
    void aCachedSnapshotReadsBackAsWritten(@TempDir Path dir) {
        Path file = dir.resolve("s.bin");
        byte[] blob = {1, 2, 3, 4, 5};
        Snapshots.writeVerified(file, blob);
        assertArrayEquals(blob, Snapshots.readVerified(file));
    }

    @Test
    void aDamagedOrTruncatedSnapshotIsRejectedNotHandedToV8(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("s.bin");
        Snapshots.writeVerified(file, new byte[]{1, 2, 3, 4, 5});
        byte[] content = Files.readAllBytes(file);
        content[content.length - 1] ^= 1;
        Files.write(file, content);
        assertNull(Snapshots.readVerified(file));
        Files.write(file, new byte[]{1, 2});
        assertNull(Snapshots.readVerified(file));
        assertNull(Snapshots.readVerified(dir.resolve("missing.bin")));
    }

    @Test
    void theSnapshotIsKeyedByFlagsAndSource() {
        assertNotEquals(Snapshots.key(List.of(), "a"), Snapshots.key(List.of("--expose-gc"), "a"));
        assertNotEquals(Snapshots.key(List.of(), "a"), Snapshots.key(List.of(), "b"));
    }
}
