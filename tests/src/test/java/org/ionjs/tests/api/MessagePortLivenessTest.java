package org.ionjs.tests.api;

import org.ionjs.runtime.JsContext;
import org.ionjs.runtime.JsRuntime;
import org.ionjs.runtime.JsWorker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A started, entangled MessagePort keeps its context's loop alive, as it keeps Deno's process alive; message
 * tasks stay in step with the loop when termination drops some of them.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class MessagePortLivenessTest {
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

    private static void assertStaysBusy(CompletableFuture<Void> idle) throws InterruptedException {
        Thread.sleep(100);
        assertFalse(idle.isDone(), "a started, entangled port keeps the loop alive");
    }

    @Test
    void aPortWithAnOnmessageHandlerHoldsTheLoopUntilItCloses() throws Exception {
        JsContext context = worker.newContext();
        context.eval("globalThis.channel = new MessageChannel(); channel.port1.onmessage = () => {};").get();
        CompletableFuture<Void> idle = context.whenIdle();
        assertStaysBusy(idle);
        context.eval("channel.port1.close()").get();
        idle.get(10, TimeUnit.SECONDS);
    }

    @Test
    void theOtherSideClosingReleasesTheLoopAfterTheQueuedMessages() throws Exception {
        JsContext context = worker.newContext();
        context.eval("""
                globalThis.log = [];
                globalThis.channel = new MessageChannel();
                channel.port1.start();
                channel.port1.addEventListener('message', (e) => log.push(e.data));""").get();
        CompletableFuture<Void> idle = context.whenIdle();
        assertStaysBusy(idle);
        context.eval("channel.port2.postMessage('a'); channel.port2.postMessage('b'); channel.port2.close()").get();
        idle.get(10, TimeUnit.SECONDS);
        assertEquals("a,b", context.eval("log.join()").get());
    }

    @Test
    void portsThatWereNeverStartedDoNotHoldTheLoop() throws Exception {
        JsContext context = worker.newContext();
        context.eval("""
                const channel = new MessageChannel();
                channel.port1.addEventListener('message', () => {});
                channel.port1.onmessage = null;
                channel.port2.postMessage('never read');""").get();
        context.whenIdle().get(10, TimeUnit.SECONDS);
    }

    @Test
    void aTransferredPortHoldsTheLoopOnlyOnceTheNewPortIsStarted() throws Exception {
        JsContext context = worker.newContext();
        context.eval("""
                globalThis.channel = new MessageChannel();
                channel.port1.start();
                globalThis.moved = structuredClone(channel.port1, { transfer: [channel.port1] });""").get();
        context.whenIdle().get(10, TimeUnit.SECONDS);
        context.eval("moved.start()").get();
        CompletableFuture<Void> idle = context.whenIdle();
        assertStaysBusy(idle);
        context.eval("channel.port2.close()").get();
        idle.get(10, TimeUnit.SECONDS);
    }

    @Test
    void messagesPostedAfterATerminationArriveAndTheDroppedOnesDoNot() throws Exception {
        JsContext context = worker.newContext();
        CompletableFuture<Object> looping = context.eval("""
                globalThis.log = [];
                globalThis.channel = new MessageChannel();
                channel.port1.onmessage = (e) => log.push(e.data);
                channel.port2.postMessage('dropped 1');
                channel.port2.postMessage('dropped 2');
                while (true) {}""");
        Thread.sleep(100);
        context.terminate();
        assertThrows(ExecutionException.class, () -> looping.get(10, TimeUnit.SECONDS));
        Object log = context.eval("""
                channel.port2.postMessage('after');
                new Promise((resolve) => setTimeout(() => { channel.port1.close(); resolve(log.join()); }, 50))""")
                .get(10, TimeUnit.SECONDS);
        assertEquals("after", log);
    }
}
