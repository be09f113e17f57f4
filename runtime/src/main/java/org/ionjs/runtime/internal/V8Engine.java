package org.ionjs.runtime.internal;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.V8Host;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.interop.options.V8Flags;
import com.caoccao.javet.interop.options.V8RuntimeOptions;

import java.util.List;

/**
 * The process-wide V8 platform. V8 flags are sealed when the first isolate is created, so the first
 * runtime's flags win and a later runtime asking for different ones gets an error instead of silence.
 */
public final class V8Engine {
    private static V8Host host;
    private static List<String> sealedFlags;

    private V8Engine() {
    }

    /** Loads V8 (once) with these flags and creates a new isolate. Any thread. */
    public static V8Runtime newIsolate(List<String> flags) {
        V8Host v8Host = host(flags);
        try {
            V8Runtime runtime = v8Host.createV8Runtime();
            runtime.setLogger(JavetLogger.INSTANCE);
            return runtime;
        } catch (JavetException e) {
            throw new IllegalStateException("Cannot create a V8 isolate: " + e.getMessage(), e);
        }
    }

    private static synchronized V8Host host(List<String> flags) {
        if (host == null) {
            NativeLibrary.install(NativeLibrary.defaultCacheRoot());
            V8Flags v8Flags = V8RuntimeOptions.V8_FLAGS;
            // Classic scripts are sloppy unless they opt in, as in every browser and in Deno.
            v8Flags.setUseStrict(false);
            if (!flags.isEmpty()) {
                v8Flags.setCustomFlags(String.join(" ", flags));
            }
            host = V8Host.getV8Instance();
            if (!host.isLibraryLoaded()) {
                Throwable cause = host.getLastException();
                host = null;
                throw new IllegalStateException("Cannot load V8: " + (cause == null ? "unknown error" : cause.getMessage()), cause);
            }
            sealedFlags = List.copyOf(flags);
        } else if (!sealedFlags.equals(flags)) {
            throw new IllegalStateException("V8 flags are process-wide and already set to " + sealedFlags
                    + "; cannot change them to " + flags + " in the same process");
        }
        return host;
    }

    /** The V8 version string, such as {@code 14.7.173.18}. */
    public static String v8Version(List<String> flags) {
        try (V8Runtime runtime = newIsolate(flags)) {
            return runtime.getVersion();
        } catch (JavetException e) {
            throw new IllegalStateException(e);
        }
    }
}
