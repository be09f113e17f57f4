package org.ionjs.runtime.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A future completed by a worker's loop. Blocking on it from that loop's own thread would wait for
 * work that can never run, so it throws instead (after Netty's {@code DefaultPromise.checkDeadLock}).
 */
public final class LoopFuture<T> extends CompletableFuture<T> {
    private final WorkerLoop loop;

    public LoopFuture(WorkerLoop loop) {
        this.loop = loop;
    }

    private void checkDeadlock() {
        if (!isDone() && loop.inEventLoop()) {
            throw new IllegalStateException("Cannot block on an unfinished JsContext future from its own worker thread "
                    + Thread.currentThread().getName() + ": that would deadlock; chain with thenAccept() or use a JsFunction/Promise instead");
        }
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        checkDeadlock();
        return super.get();
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        checkDeadlock();
        return super.get(timeout, unit);
    }

    @Override
    public T join() {
        checkDeadlock();
        return super.join();
    }

    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new LoopFuture<>(loop);
    }
}
