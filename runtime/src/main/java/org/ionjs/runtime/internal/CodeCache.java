package org.ionjs.runtime.internal;

import com.caoccao.javet.interop.loader.JavetLibLoader;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * V8's code cache for the standard library's scripts: made by the first context that compiles a script,
 * kept in memory for the runtime's other contexts and under {@code $ION_DIR/code/} for later processes
 * (a CLI start then skips compiling ~200 KB of JavaScript). Files carry a SHA-256 of their content, like
 * the startup snapshot, and are named by the V8 build, the flags and the script's source.
 */
final class CodeCache {
    private final Path directory;
    private final String salt;
    private final Map<String, byte[]> memory = new ConcurrentHashMap<>();

    CodeCache(Path directory, List<String> v8Flags) {
        this.directory = directory;
        this.salt = "javet " + JavetLibLoader.LIB_VERSION + "\n" + String.join(" ", v8Flags) + "\n";
    }

    /** The cached data for a script, or null when there is none yet. */
    byte[] get(String name, String source) {
        byte[] data = memory.get(name);
        if (data == null) {
            data = Snapshots.readVerified(file(name, source));
            if (data != null) {
                memory.putIfAbsent(name, data);
            }
        }
        return data;
    }

    void put(String name, String source, byte[] data) {
        if (memory.putIfAbsent(name, data) == null) {
            Snapshots.writeVerified(file(name, source), data);
        }
    }

    private Path file(String name, String source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((salt + name + "\n" + source).getBytes(StandardCharsets.UTF_8));
            return directory.resolve(HexFormat.of().formatHex(digest) + ".bin");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks SHA-256", e);
        }
    }
}
