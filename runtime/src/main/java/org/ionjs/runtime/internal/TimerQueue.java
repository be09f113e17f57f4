package org.ionjs.runtime.internal;

import org.ionjs.runtime.spi.Timer;

import java.util.PriorityQueue;

/**
 * A context's timers, ordered by deadline and then by the order they were scheduled (HTML's
 * "run steps after a timeout" ordering). Loop thread only.
 */
final class TimerQueue {
    private final PriorityQueue<Entry> queue = new PriorityQueue<>();
    private long sequence;
    private int refCount;

    Timer schedule(long deadlineNanos, Runnable task) {
        Entry entry = new Entry(deadlineNanos, sequence++, task);
        queue.add(entry);
        refCount++;
        return entry;
    }

    /**
     * Removes the earliest timer that is due and returns the task that fires it, or null. The timer
     * can still be cancelled until that task runs.
     */
    Runnable pollDue(long now) {
        dropCancelled();
        Entry head = queue.peek();
        if (head == null || head.deadline - now > 0) {
            return null;
        }
        queue.poll();
        return head::fire;
    }

    boolean hasDue(long now) {
        dropCancelled();
        Entry head = queue.peek();
        return head != null && head.deadline - now <= 0;
    }

    long nanosUntilNext(long now) {
        dropCancelled();
        Entry head = queue.peek();
        return head == null ? Long.MAX_VALUE : Math.max(0, head.deadline - now);
    }

    /** Timers that keep the loop alive. */
    int refCount() {
        return refCount;
    }

    void clear() {
        for (Entry entry : queue) {
            entry.done = true;
            entry.refed = false;
        }
        queue.clear();
        refCount = 0;
    }

    private void dropCancelled() {
        while (!queue.isEmpty() && queue.peek().done) {
            queue.poll();
        }
    }

    private final class Entry implements Timer, Comparable<Entry> {
        final long deadline;
        final long seq;
        final Runnable task;
        boolean done;
        boolean refed = true;

        Entry(long deadline, long seq, Runnable task) {
            this.deadline = deadline;
            this.seq = seq;
            this.task = task;
        }

        void fire() {
            if (!done) {
                done = true;
                unref();
                task.run();
            }
        }

        @Override
        public void cancel() {
            if (!done) {
                done = true;
                unref();
            }
        }

        @Override
        public void unref() {
            if (refed) {
                refed = false;
                refCount--;
            }
        }

        @Override
        public void ref() {
            if (!refed && !done) {
                refed = true;
                refCount++;
            }
        }

        @Override
        public int compareTo(Entry o) {
            int byDeadline = Long.compare(deadline - o.deadline, 0);
            return byDeadline != 0 ? byDeadline : Long.compare(seq, o.seq);
        }
    }
}
