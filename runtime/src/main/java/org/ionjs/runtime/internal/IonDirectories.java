package org.ionjs.runtime.internal;

import java.nio.file.Path;

/** Where Ion keeps its caches. */
public final class IonDirectories {
    private IonDirectories() {
    }

    /** {@code $ION_DIR}, else {@code $XDG_CACHE_HOME/ion}, else {@code ~/.cache/ion}. */
    public static Path cacheRoot() {
        String ionDir = System.getenv("ION_DIR");
        if (ionDir != null && !ionDir.isBlank()) {
            return Path.of(ionDir);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "ion");
        }
        return Path.of(System.getProperty("user.home"), ".cache", "ion");
    }
}
