package org.ionjs.runtime.internal.modules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LockFileTest {
    private static final URI A = URI.create("https://a.example/mod.ts");
    private static final URI B = URI.create("https://b.example/mod.ts");
    private static final byte[] BODY = "export {};\n".getBytes(StandardCharsets.UTF_8);
    private static final String BODY_HASH = Sha256.hex(BODY);

    @TempDir
    Path dir;

    @Test
    void aMissingLockIsEmptyAndSavingItUnchangedWritesNothing() {
        Path file = dir.resolve("ion.lock");
        LockFile.load(file).save();
        assertFalse(Files.exists(file));
    }

    @Test
    void recordedModulesAreSavedSortedWithTwoSpaceIndentation() throws IOException {
        Path file = dir.resolve("ion.lock");
        LockFile lock = LockFile.load(file);
        lock.check(B, BODY);
        lock.check(A, new byte[0]);
        lock.save();
        assertEquals("""
                {
                  "version": "1",
                  "remote": {
                    "https://a.example/mod.ts": "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
                    "https://b.example/mod.ts": "%s"
                  }
                }
                """.formatted(BODY_HASH), Files.readString(file));
    }

    @Test
    void aSavedLockAcceptsTheSameBodiesAndIsNotRewritten() throws IOException {
        Path file = dir.resolve("ion.lock");
        LockFile first = LockFile.load(file);
        first.check(A, BODY);
        first.save();
        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(file, old);

        LockFile again = LockFile.load(file);
        again.check(A, BODY);
        again.save();
        assertEquals(old, Files.getLastModifiedTime(file));
    }

    @Test
    void aDifferentBodyFailsNamingTheUrlBothHashesAndTheFix() {
        LockFile lock = LockFile.load(dir.resolve("ion.lock"));
        lock.check(A, BODY);
        byte[] changed = "export const evil = true;\n".getBytes(StandardCharsets.UTF_8);
        LockFileMismatchException error = assertThrows(LockFileMismatchException.class, () -> lock.check(A, changed));
        assertEquals("Integrity check failed for \"" + A + "\": ion.lock has sha256 " + BODY_HASH
                + " but the module has sha256 " + Sha256.hex(changed) + "; if the module changed on purpose, "
                + "delete its entry from ion.lock and run again with --reload", error.getMessage());
    }

    @Test
    void aFrozenLockAcceptsWhatItListsAndRefusesAnythingNew() throws IOException {
        Path file = dir.resolve("ion.lock");
        LockFile lock = LockFile.load(file);
        lock.check(A, BODY);
        lock.save();
        String before = Files.readString(file);

        LockFile frozen = LockFile.load(file, true);
        assertDoesNotThrow(() -> frozen.check(A, BODY));
        LockFileMismatchException error = assertThrows(LockFileMismatchException.class, () -> frozen.check(B, BODY));
        assertTrue(error.getMessage().contains("--frozen forbids adding it"), error.getMessage());
        frozen.save();
        assertEquals(before, Files.readString(file));
    }

    @Test
    void escapedUrlsAndExtraWhitespaceAreRead() throws IOException {
        Path file = dir.resolve("ion.lock");
        Files.writeString(file, " {\"remote\" :{ \"https:\\/\\/a.example\\/mod\\u002ets\":\"" + BODY_HASH
                + "\" } ,\n\t\"version\":\"1\", \"note\": [1, -2.5e3, true, null, {}]}\n");
        LockFile lock = LockFile.load(file);
        assertDoesNotThrow(() -> lock.check(A, BODY));
        assertThrows(LockFileMismatchException.class, () -> lock.check(A, new byte[0]));
    }

    @Test
    void aDamagedLockfileIsReportedWithItsPathAndTheFix() throws IOException {
        Path file = dir.resolve("ion.lock");
        Files.writeString(file, "{\"version\": \"1\", \"remote\": {");
        RemoteModuleException notJson = assertThrows(RemoteModuleException.class, () -> LockFile.load(file));
        assertTrue(notJson.getMessage().startsWith("Lockfile \"" + file + "\" is not valid JSON ("), notJson.getMessage());
        assertTrue(notJson.getMessage().endsWith("; repair it, or delete it to record the modules again"));

        Files.writeString(file, "{\"version\": \"3\", \"remote\": {}}");
        RemoteModuleException version = assertThrows(RemoteModuleException.class, () -> LockFile.load(file));
        assertTrue(version.getMessage().startsWith("Lockfile \"" + file + "\" has version \"3\" but Ion reads version \"1\""),
                version.getMessage());

        Files.writeString(file, "{\"version\": \"1\", \"remote\": {\"" + A + "\": 7}}");
        assertThrows(RemoteModuleException.class, () -> LockFile.load(file));
        Files.writeString(file, "[]");
        assertThrows(RemoteModuleException.class, () -> LockFile.load(file));
    }
}
