package org.ionjs.runtime.internal;

import com.caoccao.javet.enums.JSRuntimeType;
import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.loader.IJavetLibLoadingListener;
import com.caoccao.javet.interop.loader.JavetLibLoader;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Puts Javet's V8 library in a per-version cache directory once, and points Javet at it.
 *
 * <p>Stock Javet copies the 40 MB library into /tmp on every start, which costs about 300 ms. Here the
 * first start writes it to a temporary file next to its final name and renames it atomically, so two
 * processes starting at once both end up loading a complete file.
 */
final class NativeLibrary {
    private NativeLibrary() {
    }

    /** Makes sure the library is in the cache and tells Javet to load it from there. */
    static void install(Path cacheRoot) {
        File libDir = ensureExtracted(cacheRoot).getParent().toFile();
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
    }

    /** The library's path under {@code cacheRoot}, written there first if it is missing or incomplete. */
    static Path ensureExtracted(Path cacheRoot) {
        try {
            JavetLibLoader loader = new JavetLibLoader(JSRuntimeType.V8);
            String fileName = loader.getLibFileName();
            URL resource = JavetLibLoader.class.getResource(loader.getResourceFileName());
            if (resource == null) {
                throw new IllegalStateException("Javet's native library " + fileName
                        + " is not on the class path; add com.caoccao.javet:javet-v8-linux-x86_64");
            }
            Path dir = cacheRoot.resolve("javet");
            Path target = dir.resolve(fileName);
            long expectedSize = resource.openConnection().getContentLengthLong();
            if (!Files.isRegularFile(target) || Files.size(target) != expectedSize) {
                extract(resource, target);
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare V8's native library in " + cacheRoot
                    + ": " + e.getMessage() + "; set ION_DIR to a writable directory", e);
        } catch (JavetException e) {
            throw new IllegalStateException("Cannot name V8's native library for this platform: " + e.getMessage(), e);
        }
    }

    private static void extract(URL resource, Path target) throws IOException {
        AtomicFiles.write(target, temp -> {
            try (InputStream in = resource.openStream()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
        });
    }
}
