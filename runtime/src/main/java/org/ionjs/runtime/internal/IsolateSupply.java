package org.ionjs.runtime.internal;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.V8Runtime;

/**
 * Makes the isolates of a runtime's contexts and disposes of them. A worker keeps up to {@code spares}
 * isolates made ahead of need, made on its own thread while its loop is idle: V8 ties an isolate to the
 * stack of the thread that created it ("IsOnCentralStack" aborted the process when an isolate made on
 * another thread later overflowed its stack), and closes them on that thread too.
 *
 * <p>Isolates are not reused: resetting a Javet isolate whose context held Java callbacks aborted V8
 * ("Empty MaybeLocal"), so each context gets a new isolate from the startup snapshot.
 */
public final class IsolateSupply {
    private final RuntimeConfig config;
    private final int spares;

    public IsolateSupply(RuntimeConfig config, int spares) {
        this.config = config;
        this.spares = spares;
    }

    /** Loop thread: a fresh isolate for a context of {@code loop}, ready-made when the loop has one. */
    V8Runtime acquire(WorkerLoop loop) {
        V8Runtime v8 = loop.takeSpareIsolate();
        if (spares > 0) {
            loop.whenIdle(() -> {
                while (loop.spareIsolates() < spares && loop.isIdle()) {
                    loop.addSpareIsolate(newIsolate());
                }
            });
        }
        return v8 != null ? v8 : newIsolate();
    }

    private V8Runtime newIsolate() {
        return config.snapshot().newIsolate();
    }

    /**
     * Loop thread: closes an isolate on the thread that made it. Closing one on another thread (a disposer
     * thread did so once, to spare the loop the time) aborted V8 now and then ("IsOnCentralStack").
     */
    static void close(V8Runtime v8) {
        StartupSnapshot.beforeClose(v8);
        try {
            v8.close(true);
        } catch (JavetException ignored) {
            // the isolate is gone either way
        }
    }
}
