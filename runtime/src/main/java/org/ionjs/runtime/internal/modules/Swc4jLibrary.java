package org.ionjs.runtime.internal.modules;

import com.caoccao.javet.swc4j.Swc4j;
import com.caoccao.javet.swc4j.Swc4jLibLoader;
import com.caoccao.javet.swc4j.exceptions.Swc4jCoreException;
import com.caoccao.javet.swc4j.interfaces.ISwc4jLibLoadingListener;
import org.ionjs.runtime.internal.AtomicFiles;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * swc4j, loaded on first use only. Loading its native library costs about 250 ms, which a run that
 * needs no transpiling (plain JavaScript, or every module in the emit cache) must not pay, so no other
 * code path touches an swc4j class before {@link #call} is called.
 *
 * <p>Stock swc4j copies its 20 MB library into {@code /tmp/swc4j/<pid>/} on every start. Here it is
 * written once to {@code <cacheRoot>/swc4j/} (a temporary file renamed into place, so concurrent first
 * starts all load a complete file), and swc4j is told to load it from there.
 */
final class Swc4jLibrary {
    /**
     * The swc4j version on the class path. The native library's file name carries it, and it is part of
     * every emit-cache key, so it is a constant: reading it from swc4j would load the library.
     */
    static final String VERSION = "2.2.0";
    /** The stack of the threads that call swc; see {@link #call}. */
    static final long STACK_MB = 64;

    private static final URLStreamHandler NEVER_OPENS = new URLStreamHandler() {
        @Override
        protected URLConnection openConnection(URL u) throws IOException {
            throw new IOException("swc4j module specifiers are names only: " + u);
        }
    };
    private static final AtomicInteger USES = new AtomicInteger();
    private static volatile Swc4j instance;

    private Swc4jLibrary() {
    }

    /** A call into swc4j. */
    @FunctionalInterface
    interface Call<T> {
        T call(Swc4j swc4j) throws Swc4jCoreException;
    }

    /**
     * Runs {@code call} with the process-wide swc4j instance, on a thread with a {@value #STACK_MB} MB
     * stack: swc's parser and code generator recurse once per level of nesting, and running out of
     * native stack kills the whole JVM (a 1 MB thread stack dies at about a thousand nested arrays; this
     * one holds tens of thousands, far more than V8 itself accepts). The first call loads the native
     * library from {@code cacheRoot}; swc4j is process-wide, so later calls' cache roots are ignored.
     */
    static <T> T call(Path cacheRoot, Call<T> call) throws Swc4jCoreException {
        USES.incrementAndGet();
        Swc4j swc4j = instance(cacheRoot);
        Future<T> result = Threads.POOL.submit(() -> call.call(swc4j));
        try {
            return result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Swc4jCoreException swcError) {
                throw swcError;
            }
            if (cause instanceof RuntimeException runtimeError) {
                throw runtimeError;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for swc to transpile or parse a module", e);
        }
    }

    private static Swc4j instance(Path cacheRoot) {
        Swc4j swc4j = instance;
        if (swc4j == null) {
            synchronized (Swc4jLibrary.class) {
                swc4j = instance;
                if (swc4j == null) {
                    swc4j = load(cacheRoot);
                    instance = swc4j;
                }
            }
        }
        return swc4j;
    }

    /** Daemon threads with big stacks, made as needed and kept for a minute after their last call. */
    private static final class Threads {
        private static final AtomicInteger COUNT = new AtomicInteger();
        static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(null, task, "ion-swc-" + COUNT.incrementAndGet(), STACK_MB << 20);
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * {@code url} as the {@link URL} swc4j wants for error messages and source maps. {@code URI.toURL()}
     * fails for schemes the JDK has no handler for (data:, npm:, ...), so those get one that never opens.
     */
    static URL specifier(URI url) {
        try {
            return url.toURL();
        } catch (MalformedURLException unknownScheme) {
            try {
                return URL.of(url, NEVER_OPENS);
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException("Module URL \"" + url + "\" is not a valid URL: " + e.getMessage(), e);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Module URL \"" + url + "\" is not absolute; resolve it against its referrer first", e);
        }
    }

    /** How often swc4j was asked for in this process; lets tests check that a path never touches it. */
    static int useCount() {
        return USES.get();
    }

    private static Swc4j load(Path cacheRoot) {
        File libDir = ensureExtracted(cacheRoot).getParent().toFile();
        Swc4jLibLoader.setLibLoadingListener(new ISwc4jLibLoadingListener() {
            @Override
            public File getLibPath() {
                return libDir;
            }

            @Override
            public boolean isDeploy() {
                return false;
            }
        });
        Swc4j swc4j = new Swc4j();
        try {
            // swc4j logs a failed load and carries on; the first native call is where it shows.
            swc4j.getVersion();
        } catch (UnsatisfiedLinkError e) {
            throw new IllegalStateException("Cannot load swc4j's native library from " + libDir + ": "
                    + e.getMessage() + "; delete that directory to have it extracted again", e);
        }
        return swc4j;
    }

    /** The library's path under {@code cacheRoot}, written there first if it is missing or incomplete. */
    static Path ensureExtracted(Path cacheRoot) {
        String fileName = libFileName();
        URL resource = Swc4j.class.getResource("/" + fileName);
        if (resource == null) {
            throw new IllegalStateException("swc4j's native library " + fileName + " is not on the class path;"
                    + " add com.caoccao.javet:swc4j-" + fileName.substring("libswc4j-".length(), fileName.indexOf(".v."))
                    + ":" + VERSION + " (the same version as com.caoccao.javet:swc4j)");
        }
        Path target = cacheRoot.resolve("swc4j").resolve(fileName);
        try {
            long expectedSize = resource.openConnection().getContentLengthLong();
            if (!Files.isRegularFile(target) || Files.size(target) != expectedSize) {
                AtomicFiles.write(target, temp -> {
                    try (InputStream in = resource.openStream()) {
                        Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                    }
                });
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare swc4j's native library in " + target.getParent()
                    + ": " + e.getMessage() + "; set ION_DIR to a writable directory", e);
        }
    }

    /** Mirrors swc4j's own naming: {@code libswc4j-<os>-<arch>.v.<version>.<extension>}. */
    private static String libFileName() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String archName = arch.equals("aarch64") || arch.equals("arm64") ? "arm64" : "x86_64";
        if (os.startsWith("windows")) {
            return "libswc4j-windows-" + archName + ".v." + VERSION + ".dll";
        }
        if (os.startsWith("mac")) {
            return "libswc4j-macos-" + archName + ".v." + VERSION + ".dylib";
        }
        return "libswc4j-linux-" + archName + ".v." + VERSION + ".so";
    }
}
