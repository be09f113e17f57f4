package org.ionjs.runtime.internal.modules;

import org.ionjs.runtime.spi.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmitCacheTest {
    private static final String SOURCE = "const x: number = 1;\nexport { x };\n";
    private static final Emit EMIT = new Emit("const x = 1;\nexport { x };\n// é 𝄞\n",
            "{\"version\":3,\"sources\":[\"file:///app/x.ts\"],\"names\":[],\"mappings\":\"AAAA\"}");

    @TempDir
    Path cacheRoot;

    private static String key() {
        return EmitCache.key(SOURCE, MediaType.TYPESCRIPT, TranspileOptions.DEFAULT);
    }

    private Path onlyEntry() throws IOException {
        try (Stream<Path> files = Files.walk(cacheRoot.resolve("emit"))) {
            List<Path> entries = files.filter(Files::isRegularFile).toList();
            assertEquals(1, entries.size(), entries::toString);
            return entries.getFirst();
        }
    }

    @Test
    void aMissThenAPutThenAHitReturnsTheStoredCodeAndMap() {
        EmitCache cache = new EmitCache(cacheRoot);
        assertEquals(Optional.empty(), cache.get(key()));
        cache.put(key(), EMIT);
        assertEquals(Optional.of(EMIT), cache.get(key()));
        assertEquals(Optional.of(EMIT), new EmitCache(cacheRoot).get(key()), "another process reads the same entry");
    }

    @Test
    void anEntryWithoutASourceMapKeepsItsAbsence() {
        EmitCache cache = new EmitCache(cacheRoot);
        Emit plain = new Emit("export const y = 2;", null);
        String key = EmitCache.key("export const y = 2;", MediaType.JAVASCRIPT, TranspileOptions.DEFAULT);
        cache.put(key, plain);
        assertEquals(Optional.of(plain), cache.get(key));
    }

    @Test
    void keysChangeWithTheSourceTheMediaTypeAndTheOptions() {
        Set<String> keys = new HashSet<>(List.of(
                key(),
                EmitCache.key(SOURCE + " ", MediaType.TYPESCRIPT, TranspileOptions.DEFAULT),
                EmitCache.key(SOURCE, MediaType.TSX, TranspileOptions.DEFAULT),
                EmitCache.key(SOURCE, MediaType.TYPESCRIPT, new TranspileOptions(JsxOptions.automatic("react"), false)),
                EmitCache.key(SOURCE, MediaType.TYPESCRIPT, new TranspileOptions(JsxOptions.classic("h", "Fragment"), false)),
                EmitCache.key(SOURCE, MediaType.TYPESCRIPT, new TranspileOptions(JsxOptions.CLASSIC, true))));
        assertEquals(6, keys.size());
        assertEquals(key(), EmitCache.key(SOURCE, MediaType.TYPESCRIPT, new TranspileOptions(JsxOptions.classic("React.createElement", "React.Fragment"), false)));
        assertTrue(key().matches("[0-9a-f]{64}"), key());
        assertTrue(EmitCache.VERSION.contains(Swc4jLibrary.VERSION), "a new swc4j makes new keys");
    }

    @Test
    void aTruncatedEntryIsAMiss() throws IOException {
        EmitCache cache = new EmitCache(cacheRoot);
        cache.put(key(), EMIT);
        Path entry = onlyEntry();
        byte[] content = Files.readAllBytes(entry);
        for (int length : new int[]{0, 3, 4, 20, content.length / 2, content.length - 1}) {
            Files.write(entry, Arrays.copyOf(content, length));
            assertEquals(Optional.empty(), cache.get(key()), "truncated to " + length + " bytes");
        }
    }

    @Test
    void aCorruptedEntryIsAMiss() throws IOException {
        EmitCache cache = new EmitCache(cacheRoot);
        cache.put(key(), EMIT);
        Path entry = onlyEntry();
        byte[] content = Files.readAllBytes(entry);
        for (int at = 0; at < content.length; at += 7) {
            byte[] damaged = content.clone();
            damaged[at] ^= 0x20;
            Files.write(entry, damaged);
            assertEquals(Optional.empty(), cache.get(key()), "byte " + at + " flipped");
        }
        Files.writeString(entry, "garbage that is not an entry at all");
        assertEquals(Optional.empty(), cache.get(key()));
        cache.put(key(), EMIT);
        assertEquals(Optional.of(EMIT), cache.get(key()), "a put repairs the entry");
    }

    @Test
    void anEntryUnderAnotherKeysNameIsAMiss() throws IOException {
        EmitCache cache = new EmitCache(cacheRoot);
        cache.put(key(), EMIT);
        String other = EmitCache.key("other", MediaType.TYPESCRIPT, TranspileOptions.DEFAULT);
        Path otherFile = cacheRoot.resolve("emit").resolve(other.substring(0, 2)).resolve(other + ".emit");
        Files.createDirectories(otherFile.getParent());
        Files.copy(onlyEntry(), otherFile);
        assertEquals(Optional.empty(), cache.get(other));
    }

    @Test
    void aKeyThatIsNotAHashIsRejectedWithTheFix() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new EmitCache(cacheRoot).get("../../etc/passwd"));
        assertEquals("Emit cache key \"../../etc/passwd\" is not a SHA-256 in hex; make it with EmitCache.key", e.getMessage());
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyMisses() throws IOException {
        Path notADirectory = Files.writeString(cacheRoot.resolve("file"), "x");
        EmitCache cache = new EmitCache(notADirectory);
        cache.put(key(), EMIT);
        assertEquals(Optional.empty(), cache.get(key()));
    }

    @Test
    void readingTheCacheNeverLoadsSwc4j() {
        int uses = Swc4jLibrary.useCount();
        EmitCache cache = new EmitCache(cacheRoot);
        cache.put(key(), EMIT);
        cache.get(key());
        assertEquals(uses, Swc4jLibrary.useCount());
    }
}
