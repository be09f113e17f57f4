package org.ionjs.runtime.spi;

import java.io.PrintStream;
import java.util.function.Supplier;

/**
 * What an op sees of the context it runs in: its event loop and its output streams.
 * Only usable on the context's loop thread.
 */
public interface HostContext {

    /**
     * Schedules {@code task} as a macrotask of this context after {@code delayMillis}. Tasks with equal
     * deadlines run in the order they were scheduled. The timer keeps the loop alive until it fires or is
     * cancelled, unless it is {@linkplain Timer#unref() unref'd}.
     */
    Timer schedule(double delayMillis, Runnable task);

    /**
     * Starts a host operation: the loop stays alive until {@link PendingOperation#complete} (or until it is
     * unref'd). Call {@code complete} from any thread; its task then runs on the loop as a macrotask.
     */
    PendingOperation begin();

    /** Queues a macrotask of this context. */
    void enqueue(Runnable task);

    PrintStream stdout();

    PrintStream stderr();

    /** Per-context state of an extension, created on first use. */
    <T> T state(Class<T> type, Supplier<T> create);
}
