package org.ionjs.runtime.internal;

import org.ionjs.runtime.spi.Timer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class TimerQueueTest {
    private final TimerQueue queue = new TimerQueue();
    private final List<String> fired = new ArrayList<>();

    private Timer schedule(long deadline, String name) {
        return queue.schedule(deadline, () -> fired.add(name));
    }

    private void fireAllDue(long now) {
        for (Runnable fire; (fire = queue.pollDue(now)) != null; ) {
            fire.run();
        }
    }

    @Test
    void timersFireByDeadlineThenByInsertionOrder() {
        schedule(30, "late");
        schedule(10, "first-at-10");
        schedule(10, "second-at-10");
        schedule(5, "earliest");
        fireAllDue(100);
        assertEquals(List.of("earliest", "first-at-10", "second-at-10", "late"), fired);
    }

    @Test
    void aTimerIsNotDueBeforeItsDeadline() {
        schedule(50, "later");
        assertNull(queue.pollDue(49));
        assertEquals(1, queue.nanosUntilNext(49));
        fireAllDue(50);
        assertEquals(List.of("later"), fired);
    }

    @Test
    void aCancelledTimerNeverFiresEvenOnceItWasDue() {
        Timer timer = schedule(1, "cancelled");
        Runnable fire = queue.pollDue(10);
        timer.cancel();
        fire.run();
        assertEquals(List.of(), fired);
    }

    @Test
    void unrefTimersDoNotCountAsKeepingTheLoopAlive() {
        Timer kept = schedule(10, "kept");
        Timer unrefd = schedule(10, "unrefd");
        unrefd.unref();
        assertEquals(1, queue.refCount());
        kept.cancel();
        assertEquals(0, queue.refCount());
        unrefd.ref();
        assertEquals(1, queue.refCount());
        fireAllDue(10);
        assertEquals(0, queue.refCount());
        assertEquals(List.of("unrefd"), fired);
    }

    @Test
    void clearDropsEveryTimerAndItsReference() {
        Timer timer = schedule(10, "dropped");
        queue.clear();
        timer.unref();
        assertEquals(0, queue.refCount());
        fireAllDue(100);
        assertEquals(List.of(), fired);
    }
}
