package org.ionjs.tests.api;

import org.ionjs.runtime.JsContext;
import org.ionjs.runtime.JsRuntime;
import org.ionjs.runtime.JsTerminatedException;
import org.ionjs.runtime.JsWorker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TerminationAndCloseTest {
    private static JsRuntime runtime;

    @BeforeAll
    static void start() {
        runtime = JsRuntime.create();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void terminateEndsAnInfiniteLoopAndTheSiblingContextThenRuns() throws Exception {
        try (JsWorker worker = runtime.newWorker()) {
            JsContext looping = worker.newContext();
            JsContext sibling = worker.newContext();
            CompletableFuture<Object> loop = looping.eval("while (true) {}");
            CompletableFuture<Object> waiting = sibling.eval("'sibling ran'");
            Thread.sleep(100);
            assertFalse(waiting.isDone(), "the sibling shares the busy thread");
            looping.terminate();
            ExecutionException failure = assertThrows(ExecutionException.class, () -> loop.get(10, TimeUnit.SECONDS));
            assertInstanceOf(JsTerminatedException.class, failure.getCause());
            assertEquals("sibling ran", waiting.get(10, TimeUnit.SECONDS));
            assertEquals(2, looping.eval("1 + 1").get(10, TimeUnit.SECONDS), "the terminated context can run again");
        }
    }

    @Test
    void terminateDropsQueuedTimersButKeepsGlobals() throws Exception {
        try (JsWorker worker = runtime.newWorker()) {
            JsContext context = worker.newContext();
            context.eval("globalThis.fired = false; globalThis.kept = 'yes'; setTimeout(() => { fired = true; }, 50);").get();
            context.terminate();
            Thread.sleep(150);
            assertEquals(false, context.eval("fired").get());
            assertEquals("yes", context.eval("kept").get());
        }
    }

    @Test
    void closingAContextWithPendingTimersCancelsThemCleanly() throws Exception {
        try (JsWorker worker = runtime.newWorker()) {
            JsContext context = worker.newContext();
            CompletableFuture<Object> pending = context.eval("new Promise(resolve => setTimeout(resolve, 60_000))");
            context.eval("setInterval(() => {}, 1)").get();
            CompletableFuture<Void> idle = context.whenIdle();
            context.close();
            assertTrue(context.isClosed());
            assertTrue(idle.isDone(), "nothing is pending once closed");
            ExecutionException failure = assertThrows(ExecutionException.class, () -> pending.get(10, TimeUnit.SECONDS));
            assertInstanceOf(JsTerminatedException.class, failure.getCause());
            JsContext next = worker.newContext();
            assertEquals("still serving", next.eval("'still serving'").get(10, TimeUnit.SECONDS));
        }
    }

    @Test
    void closeIsIdempotentAndUseAfterCloseNamesTheClosedObject() {
        JsWorker worker = runtime.newWorker();
        JsContext context = worker.newContextBuilder().name("billing").build();
        context.close();
        assertDoesNotThrow(context::close);
        IllegalStateException contextClosed = assertThrows(IllegalStateException.class, () -> context.eval("1"));
        assertTrue(contextClosed.getMessage().contains("JsContext billing is closed"), contextClosed.getMessage());

        worker.close();
        assertDoesNotThrow(worker::close);
        IllegalStateException workerClosed = assertThrows(IllegalStateException.class, worker::newContext);
        assertTrue(workerClosed.getMessage().contains("JsWorker " + worker.name() + " is closed"), workerClosed.getMessage());

        JsRuntime local = JsRuntime.create();
        local.close();
        assertDoesNotThrow(local::close);
        IllegalStateException runtimeClosed = assertThrows(IllegalStateException.class, local::newWorker);
        assertTrue(runtimeClosed.getMessage().contains("JsRuntime is closed"), runtimeClosed.getMessage());
    }

    @Test
    void v8FlagsAreProcessWideSoARuntimeAskingForOthersIsRefusedWithAClearError() {
        try (JsWorker worker = runtime.newWorker()) {
            worker.newContext().close();
        }
        try (JsRuntime flagged = JsRuntime.newBuilder().v8Flags("--expose-gc").build();
             JsWorker worker = flagged.newWorker()) {
            IllegalStateException e = assertThrows(IllegalStateException.class, worker::newContext);
            assertTrue(e.getMessage().contains("V8 flags are process-wide and already set to []; cannot change them to [--expose-gc]"),
                    e.getMessage());
        }
    }

    @Test
    void closingAWorkerClosesItsContextsAndEndsItsThread() throws Exception {
        JsWorker worker = runtime.newWorker();
        JsContext context = worker.newContext();
        Thread thread = worker.submit(Thread::currentThread).get();
        CompletableFuture<Object> spinning = context.eval("while (true) {}");
        Thread.sleep(50);
        worker.close();
        assertTrue(context.isClosed());
        assertFalse(thread.isAlive());
        assertThrows(ExecutionException.class, () -> spinning.get(10, TimeUnit.SECONDS));
    }
}
