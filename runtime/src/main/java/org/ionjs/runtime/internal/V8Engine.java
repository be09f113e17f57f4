package org.ionjs.runtime.internal;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.V8Host;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.interop.options.V8Flags;
import com.caoccao.javet.interop.options.V8RuntimeOptions;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The process-wide V8 platform. V8 reads its flags when its library loads, so the flags of the first
 * load win and a later runtime asking for different ones gets an error instead of silence.
 */
public final class V8Engine {
    private static CompletableFuture<V8Host> loading;
    private static List<String> sealedFlags;

    private V8Engine() {
    }

    /** Loads V8 (once) with these flags and creates a new isolate from {@code snapshot} (V8's own when null). Any thread. */
    public static V8Runtime newIsolate(List<String> flags, byte[] snapshot) {
        V8RuntimeOptions options = new V8RuntimeOptions();
        options.setSnapshotBlob(snapshot);
        return create(flags, options);
    }

    /** What goes into a startup snapshot, run in the isolate the snapshot is made from. */
    interface SnapshotContent {
        void populate(V8Runtime isolate) throws JavetException;
    }

    /** Populates a fresh isolate with {@code content} and returns the startup snapshot of the result. */
    static byte[] createSnapshot(List<String> flags, SnapshotContent content) {
        V8RuntimeOptions options = new V8RuntimeOptions();
        options.setCreateSnapshotEnabled(true);
        try (V8Runtime runtime = create(flags, options)) {
            content.populate(runtime);
            return runtime.createSnapshot();
        } catch (JavetException e) {
            throw new IllegalStateException("Cannot make the V8 startup snapshot: " + e.getMessage(), e);
        }
    }

    private static V8Runtime create(List<String> flags, V8RuntimeOptions options) {
        V8Host v8Host = host(flags);
        try {
            V8Runtime runtime = v8Host.createV8Runtime(options);
            runtime.setLogger(JavetLogger.INSTANCE);
            return runtime;
        } catch (JavetException e) {
            throw new IllegalStateException("Cannot create a V8 isolate: " + e.getMessage(), e);
        }
    }

    /**
     * Starts loading V8's native library with {@code flags} on a background thread, so that the ~40 ms
     * it takes overlaps with whatever the host does before its first context. Only the first call (or
     * the first context, whichever comes first) loads V8.
     */
    public static synchronized void preload(List<String> flags) {
        if (loading == null) {
            sealedFlags = List.copyOf(flags);
            loading = new CompletableFuture<>();
            Thread.ofPlatform().daemon().name("ion-v8-preload").start(() -> {
                try {
                    loading.complete(load(flags));
                } catch (Throwable t) {
                    loading.completeExceptionally(t);
                }
            });
        } else if (!sealedFlags.equals(flags)) {
            throw new IllegalStateException("V8 flags are process-wide and already set to " + sealedFlags
                    + "; cannot change them to " + flags + " in the same process");
        }
    }

    private static V8Host load(List<String> flags) {
        V8Flags v8Flags = V8RuntimeOptions.V8_FLAGS;
        // Classic scripts are sloppy unless they opt in, as in every browser and in Deno.
        v8Flags.setUseStrict(false);
        if (!flags.isEmpty()) {
            v8Flags.setCustomFlags(String.join(" ", flags));
        }
        NativeLibrary.install(IonDirectories.cacheRoot());
        V8Host v8Host = V8Host.getV8Instance();
        if (!v8Host.isLibraryLoaded()) {
            Throwable cause = v8Host.getLastException();
            throw new IllegalStateException("Cannot load V8: " + (cause == null ? "unknown error" : cause.getMessage()), cause);
        }
        return v8Host;
    }

    private static V8Host host(List<String> flags) {
        CompletableFuture<V8Host> loaded;
        synchronized (V8Engine.class) {
            preload(flags);
            loaded = loading;
        }
        try {
            return loaded.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** The V8 version string, such as {@code 14.7.173.18}. */
    public static String v8Version(List<String> flags) {
        try (V8Runtime runtime = create(flags, new V8RuntimeOptions())) {
            return runtime.getVersion();
        } catch (JavetException e) {
            throw new IllegalStateException(e);
        }
    }
}
