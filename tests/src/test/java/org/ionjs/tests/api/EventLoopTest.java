package org.ionjs.tests.api;

import org.ionjs.runtime.HostFunction;
import org.ionjs.runtime.JsContext;
import org.ionjs.runtime.JsException;
import org.ionjs.runtime.JsRuntime;
import org.ionjs.runtime.JsWorker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class EventLoopTest {
    private static JsRuntime runtime;
    private static JsWorker worker;

    @BeforeAll
    static void start() {
        runtime = JsRuntime.create();
        worker = runtime.newWorker();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private record Uncaught(String message, boolean inPromise) {
    }

    private static JsContext contextRecording(List<Uncaught> uncaught) {
        return worker.newContextBuilder()
                .onUncaughtError((error, inPromise) -> uncaught.add(new Uncaught(error.getMessage(), inPromise)))
                .build();
    }

    @Test
    void anUnhandledRejectionIsReportedOnceTheTaskEnds() throws Exception {
        List<Uncaught> uncaught = new CopyOnWriteArrayList<>();
        JsContext context = contextRecording(uncaught);
        context.eval("Promise.reject(new Error('nobody listens')); undefined").get();
        context.whenIdle().get();
        assertEquals(List.of(new Uncaught("Error: nobody listens", true)), uncaught);
    }

    @Test
    void aRejectionHandledLaterInTheSameTaskIsNotReported() throws Exception {
        List<Uncaught> uncaught = new CopyOnWriteArrayList<>();
        JsContext context = contextRecording(uncaught);
        context.eval("""
                const p = Promise.reject(new Error('handled soon'));
                queueMicrotask(() => p.catch(() => {}));
                undefined""").get();
        context.whenIdle().get();
        assertEquals(List.of(), uncaught);
    }

    @Test
    void aRejectionHandledInALaterTaskIsStillReported() throws Exception {
        List<Uncaught> uncaught = new CopyOnWriteArrayList<>();
        JsContext context = contextRecording(uncaught);
        context.eval("const late = Promise.reject(new Error('too late')); setTimeout(() => late.catch(() => {}), 0); undefined").get();
        context.whenIdle().get();
        assertEquals(List.of(new Uncaught("Error: too late", true)), uncaught);
    }

    @Test
    void anExceptionInATimerIsReportedAndTheLoopGoesOn() throws Exception {
        List<Uncaught> uncaught = new CopyOnWriteArrayList<>();
        JsContext context = contextRecording(uncaught);
        Object result = context.eval("""
                setTimeout(() => { throw new TypeError('timer failed'); }, 0);
                new Promise(resolve => setTimeout(() => resolve('next timer ran'), 5))""").get();
        assertEquals("next timer ran", result);
        assertEquals(List.of(new Uncaught("TypeError: timer failed", false)), uncaught);
    }

    @Test
    void theDefaultHandlerPrintsUncaughtErrorsWithTheirStackToStderr() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        JsContext context = worker.newContextBuilder().stderr(new PrintStream(err, true, StandardCharsets.UTF_8)).build();
        context.eval("setTimeout(function tick() { throw new Error('printed'); }, 0)", "file:///app/timer.js").get();
        context.whenIdle().get();
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("Uncaught Error: printed\n    at tick (file:///app/timer.js:1:36)"), printed);
    }

    @Test
    void whenIdleWaitsForTimersAndHostOperations() throws Exception {
        JsContext context = worker.newContext();
        CompletableFuture<String> slow = new CompletableFuture<>();
        context.setGlobal("slowJava", (HostFunction) args -> slow).get();
        context.eval("globalThis.log = []; slowJava().then(v => log.push(v)); setTimeout(() => log.push('timer'), 30);").get();
        CompletableFuture<Void> idle = context.whenIdle();
        Thread.sleep(100);
        assertFalse(idle.isDone(), "a Java future in flight keeps the loop alive");
        slow.complete("java");
        idle.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("timer", "java"), context.eval("log").get());
    }

    @Test
    void microtasksRunBeforeTheNextTimerAndTimersRunByDeadlineThenOrder() throws Exception {
        JsContext context = worker.newContext();
        Object order = context.eval("""
                new Promise(resolve => {
                  const log = [];
                  setTimeout(() => log.push('t10'), 10);
                  setTimeout(() => log.push('t0-a'), 0);
                  setTimeout(() => { log.push('t0-b'); Promise.resolve().then(() => log.push('micro-after-t0-b')); }, 0);
                  setTimeout(() => log.push('t0-c'), 0);
                  queueMicrotask(() => log.push('micro'));
                  Promise.resolve().then(() => log.push('then'));
                  (async () => { await null; log.push('await'); })();
                  log.push('sync');
                  setTimeout(() => resolve(log), 20);
                })""").get();
        assertEquals(List.of("sync", "micro", "then", "await", "t0-a", "t0-b", "micro-after-t0-b", "t0-c", "t10"), order);
    }

    @Test
    void queueMicrotaskReportsExceptionsAsUncaughtNotAsRejections() throws Exception {
        List<Uncaught> uncaught = new CopyOnWriteArrayList<>();
        JsContext context = contextRecording(uncaught);
        context.eval("queueMicrotask(() => { throw new Error('in microtask'); })").get();
        context.whenIdle().get();
        assertEquals(List.of(new Uncaught("Error: in microtask", false)), uncaught);
    }

    @Test
    void aFailingTaskOnTheWorkerIsReportedAndTheLoopSurvives() throws Exception {
        worker.execute(() -> {
            throw new IllegalStateException("a broken task");
        });
        assertEquals("alive", worker.submit(() -> "alive").get(10, TimeUnit.SECONDS));
    }

    @Test
    void jsExceptionFromAnUncaughtTimerErrorKeepsItsStack() throws Exception {
        List<JsException> errors = new CopyOnWriteArrayList<>();
        JsContext context = worker.newContextBuilder().onUncaughtError((e, p) -> errors.add(e)).build();
        context.eval("function boom() { throw new RangeError('deep'); }\nsetTimeout(boom, 0)", "file:///app/t.js").get();
        context.whenIdle().get();
        assertEquals(1, errors.size());
        assertEquals("RangeError", errors.get(0).errorClass());
        assertTrue(errors.get(0).jsStack().contains("at boom (file:///app/t.js:1:25)"), errors.get(0).jsStack());
    }
}
