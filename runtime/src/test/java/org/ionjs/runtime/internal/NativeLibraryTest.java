package org.ionjs.runtime.internal;

import com.caoccao.javet.enums.JSRuntimeType;
import com.caoccao.javet.interop.loader.JavetLibLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class NativeLibraryTest {

    private static long resourceSize() throws Exception {
        JavetLibLoader loader = new JavetLibLoader(JSRuntimeType.V8);
        try (InputStream in = JavetLibLoader.class.getResourceAsStream(loader.getResourceFileName())) {
            return in.transferTo(java.io.OutputStream.nullOutputStream());
        }
    }

    @Test
    void startsRacingToExtractTheLibraryAllEndWithTheCompleteFile(@TempDir Path cache) throws Exception {
        int racers = 4;
        CyclicBarrier start = new CyclicBarrier(racers);
        List<CompletableFuture<Path>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            results.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                return NativeLibrary.ensureExtracted(cache);
            }));
        }
        Path first = results.get(0).get();
        for (CompletableFuture<Path> result : results) {
            assertEquals(first, result.get());
        }
        assertEquals(resourceSize(), Files.size(first));
        try (var files = Files.list(first.getParent())) {
            assertEquals(List.of(first), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void aTruncatedLibraryInTheCacheIsReplaced(@TempDir Path cache) throws Exception {
        Path path = NativeLibrary.ensureExtracted(cache);
        Files.write(path, new byte[]{1, 2, 3});
        Path again = NativeLibrary.ensureExtracted(cache);
        assertEquals(resourceSize(), Files.size(again));
        long modified = Files.getLastModifiedTime(again).toMillis();
        NativeLibrary.ensureExtracted(cache);
        assertTrue(Files.getLastModifiedTime(again).toMillis() == modified, "a complete file is not rewritten");
    }
}
