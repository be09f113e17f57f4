package org.ionjs.runtime;

import org.ionjs.runtime.internal.ContextCore;
import org.ionjs.runtime.internal.ContextOptions;
import org.ionjs.runtime.internal.IsolateSupply;
import org.ionjs.runtime.internal.RuntimeConfig;
import org.ionjs.runtime.internal.WorkerLoop;

import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * One platform thread running an event loop shared by its contexts, which it serves one task at a
 * time, round robin. Made by {@link JsRuntime#newWorker()}.
 *
 * <p>All methods may be called from any thread. {@link #close()} called on the worker's own thread
 * stops the loop without waiting for it.
 */
public final class JsWorker implements AutoCloseable {
    private final JsRuntime runtime;
    private final RuntimeConfig config;
    private final IsolateSupply isolates;
    private final WorkerLoop loop;
    private final Set<JsContext> contexts = ConcurrentHashMap.newKeySet();
    private final AtomicInteger contextCount = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();

    JsWorker(JsRuntime runtime, RuntimeConfig config, IsolateSupply isolates, String name) {
        this.runtime = runtime;
        this.config = config;
        this.isolates = isolates;
        this.loop = new WorkerLoop(name);
    }

    /** A new context with default settings. */
    public JsContext newContext() {
        return newContextBuilder().build();
    }

    public JsContext.Builder newContextBuilder() {
        checkOpen();
        return new JsContext.Builder(this);
    }

    /** True on this worker's thread. */
    public boolean inEventLoop() {
        return loop.inEventLoop();
    }

    /** Runs {@code task} on the worker's thread; a failure is logged and the loop goes on. */
    public void execute(Runnable task) {
        checkOpen();
        if (!loop.execute(task)) {
            throw closedError();
        }
    }

    /** Runs {@code task} on the worker's thread and returns its result. */
    public <T> CompletableFuture<T> submit(Callable<T> task) {
        CompletableFuture<T> future = new org.ionjs.runtime.internal.LoopFuture<>(loop);
        execute(() -> {
            try {
                future.complete(task.call());
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        });
        return future;
    }

    public String name() {
        return loop.name();
    }

    public JsRuntime runtime() {
        return runtime;
    }

    /** The contexts of this worker that are open. */
    public List<JsContext> contexts() {
        return List.copyOf(contexts);
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Closes every context of this worker and ends its thread. A second call does nothing. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        contexts.forEach(c -> c.terminate());
        CompletableFuture<Void> stopped = loop.shutdown();
        contexts.clear();
        if (!loop.inEventLoop()) {
            await(stopped);
            try {
                loop.thread().join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        runtime.forget(this);
    }

    JsContext create(Function<ContextCore, JsContext> wrap, ContextOptions options) {
        checkOpen();
        Callable<JsContext> create = () -> {
            JsContext context = wrap.apply(ContextCore.create(loop, config, isolates, options));
            contexts.add(context);
            return context;
        };
        if (loop.inEventLoop()) {
            try {
                return create.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return await(submit(create));
    }

    void forget(JsContext context) {
        contexts.remove(context);
    }

    String nextContextName() {
        return name() + "-context-" + contextCount.incrementAndGet();
    }

    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for an Ion worker", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private void checkOpen() {
        if (closed.get()) {
            throw closedError();
        }
    }

    private IllegalStateException closedError() {
        return new IllegalStateException("JsWorker " + name() + " is closed; create a new worker");
    }
}
