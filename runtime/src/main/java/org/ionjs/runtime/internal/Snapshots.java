package org.ionjs.runtime.internal;

import com.caoccao.javet.interop.loader.JavetLibLoader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The V8 startup snapshot every context starts from: a fresh context with the primordials already
 * captured (capturing them costs ~0.9 ms per context; restoring them from the snapshot is nearly free).
 *
 * <p>Made once per set of V8 flags and kept in memory and under the cache directory, so a CLI start
 * does not pay the ~17 ms it takes to make. V8 trusts a snapshot blindly and a damaged one crashes the
 * process, so the file carries a SHA-256 of its content and a file that fails the check is remade.
 */
final class Snapshots {
    /** The global that holds the primordials in the snapshot; the bootstrap takes it and deletes it. */
    static final String PRIMORDIALS_GLOBAL = "__ionPrimordials";
    private static final int DIGEST_LENGTH = 32;
    private static final Map<String, byte[]> MEMORY = new ConcurrentHashMap<>();

    private Snapshots() {
    }

    static byte[] forConfig(RuntimeConfig config) {
        String key = key(config.v8Flags(), config.primordialsSource());
        return MEMORY.computeIfAbsent(key, k -> load(k, config));
    }

    /** The script run in the snapshot isolate: the primordials, parked on a configurable global. */
    static String script(String primordialsSource) {
        return "Object.defineProperty(globalThis, \"" + PRIMORDIALS_GLOBAL + "\", { value: " + primordialsSource
                + ", configurable: true, enumerable: false, writable: false });";
    }

    private static byte[] load(String key, RuntimeConfig config) {
        Path file = IonDirectories.cacheRoot().resolve("snapshots").resolve(key + ".bin");
        byte[] cached = readVerified(file);
        if (cached != null) {
            return cached;
        }
        byte[] blob = V8Engine.createSnapshot(config.v8Flags(), script(config.primordialsSource()));
        writeVerified(file, blob);
        return blob;
    }

    static byte[] readVerified(Path file) {
        try {
            byte[] content = Files.readAllBytes(file);
            if (content.length <= DIGEST_LENGTH) {
                return null;
            }
            byte[] blob = Arrays.copyOfRange(content, DIGEST_LENGTH, content.length);
            return Arrays.equals(sha256(blob), Arrays.copyOf(content, DIGEST_LENGTH)) ? blob : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Best effort: a cache that cannot be written only costs the next start the time to remake it. */
    static void writeVerified(Path file, byte[] blob) {
        try {
            byte[] content = Arrays.copyOf(sha256(blob), DIGEST_LENGTH + blob.length);
            System.arraycopy(blob, 0, content, DIGEST_LENGTH, blob.length);
            AtomicFiles.write(file, temp -> Files.write(temp, content));
        } catch (IOException e) {
            System.getLogger(Snapshots.class.getName()).log(System.Logger.Level.DEBUG, "Cannot cache the V8 snapshot in " + file, e);
        }
    }

    /** Names the snapshot by what shapes it: the V8 build (Javet's version), the flags and the script. */
    static String key(List<String> flags, String primordialsSource) {
        String identity = "javet " + JavetLibLoader.LIB_VERSION + "\n" + String.join(" ", flags) + "\n" + primordialsSource;
        return HexFormat.of().formatHex(sha256(identity.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks SHA-256", e);
        }
    }
}
