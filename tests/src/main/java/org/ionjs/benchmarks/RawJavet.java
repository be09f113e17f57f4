package org.ionjs.benchmarks;

import com.caoccao.javet.enums.JSRuntimeType;
import com.caoccao.javet.interop.V8Host;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.interop.loader.IJavetLibLoadingListener;
import com.caoccao.javet.interop.loader.JavetLibLoader;

import java.io.File;
import java.nio.file.Path;

/**
 * The anchor: Javet used directly, loading the V8 library Ion already put in its cache (so neither
 * side pays the 300 ms extraction), with the same sloppy-mode flag Ion sets.
 */
public final class RawJavet {
    private RawJavet() {
    }

    public static V8Host host() {
        String ionDir = System.getenv("ION_DIR");
        Path cache = ionDir != null ? Path.of(ionDir) : Path.of(System.getProperty("user.home"), ".cache", "ion");
        File libDir = cache.resolve("javet").toFile();
        JavetLibLoader.setLibLoadingListener(new IJavetLibLoadingListener() {
            @Override
            public File getLibPath(JSRuntimeType type) {
                return libDir;
            }

            @Override
            public boolean isDeploy(JSRuntimeType type) {
                return false;
            }
        });
        com.caoccao.javet.interop.options.V8RuntimeOptions.V8_FLAGS.setUseStrict(false);
        return V8Host.getV8Instance();
    }

    /** Whole-process anchor for {@code ion run hello.js}: start, evaluate a script that prints, exit. */
    public static void main(String[] args) throws Exception {
        try (V8Runtime runtime = host().createV8Runtime()) {
            System.out.println(runtime.getExecutor("'hello ' + 'world'").executeString());
        }
    }
}
