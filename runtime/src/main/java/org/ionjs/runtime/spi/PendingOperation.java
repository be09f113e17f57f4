package org.ionjs.runtime.spi;

/** A host operation in flight (I/O on another thread, say) that keeps its context's loop alive. */
public interface PendingOperation {

    /** From any thread: ends the operation and runs {@code onLoop} as a macrotask of the context. */
    void complete(Runnable onLoop);

    /** Loop thread only: the operation no longer keeps the loop alive. */
    void unref();
}
