package org.ionjs.runtime.internal;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.V8Runtime;

import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes the isolates of a runtime's contexts and disposes of them, on a thread of its own, so a worker's
 * loop spends neither the ~1 ms an isolate takes to make nor the time it takes to tear down. It keeps
 * up to {@code spares} isolates made ahead of need; with none ready, a context makes its own at once.
 *
 * <p>Isolates are not reused: resetting a Javet isolate whose context held Java callbacks aborted V8
 * ("Empty MaybeLocal"), so each context gets a new isolate from the startup snapshot.
 */
public final class IsolateSupply {
    private final RuntimeConfig config;
    private final int spares;
    private final ConcurrentLinkedQueue<V8Runtime> ready = new ConcurrentLinkedQueue<>();
    private final AtomicInteger promised = new AtomicInteger();
    private final LinkedBlockingQueue<Runnable> work = new LinkedBlockingQueue<>();
    private volatile boolean closed;
    private Thread thread;

    public IsolateSupply(RuntimeConfig config, int spares) {
        this.config = config;
        this.spares = spares;
    }

    /** Any thread: a fresh isolate from the runtime's snapshot, ready-made when one is. */
    V8Runtime acquire() {
        V8Runtime v8 = ready.poll();
        if (v8 != null) {
            promised.decrementAndGet();
        }
        topUp();
        return v8 != null ? v8 : V8Engine.newIsolate(config.v8Flags(), Snapshots.forConfig(config));
    }

    /** Any thread: closes the isolate of a closed context, off the caller's thread. */
    void retire(V8Runtime v8) {
        if (!submit(() -> close(v8))) {
            close(v8);
        }
    }

    /** Closes the isolates made ahead and stops the thread. */
    public void shutdown() {
        closed = true;
        submit(() -> {
            for (V8Runtime v8; (v8 = ready.poll()) != null; ) {
                close(v8);
            }
        });
    }

    private void topUp() {
        while (!closed && promised.get() < spares) {
            promised.incrementAndGet();
            submit(() -> {
                if (closed) {
                    promised.decrementAndGet();
                    return;
                }
                ready.add(V8Engine.newIsolate(config.v8Flags(), Snapshots.forConfig(config)));
            });
        }
    }

    private synchronized boolean submit(Runnable task) {
        if (thread == null) {
            thread = Thread.ofPlatform().daemon().name("ion-isolates").start(this::run);
        }
        if (!thread.isAlive()) {
            return false;
        }
        work.add(task);
        return true;
    }

    private void run() {
        while (true) {
            Runnable task;
            try {
                task = work.take();
            } catch (InterruptedException e) {
                return;
            }
            WorkerLoop.runSafely(task);
            if (closed && work.isEmpty() && ready.isEmpty()) {
                return;
            }
        }
    }

    private static void close(V8Runtime v8) {
        try {
            v8.close(true);
        } catch (JavetException ignored) {
            // the isolate is gone either way
        }
    }
}
