package org.ionjs.runtime.spi;

/** A scheduled macrotask. Loop thread only. */
public interface Timer {
    void cancel();

    /** Stops this timer from keeping the loop alive (it still fires if the loop runs long enough). */
    void unref();

    void ref();
}
