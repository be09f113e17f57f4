package org.ionjs.tests.api;

import org.ionjs.runtime.JsContext;
import org.ionjs.runtime.JsRuntime;
import org.ionjs.runtime.JsWorker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ContextIsolationTest {
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
    void eightWorkersWithFourContextsEachRunTimersAndPromisesAtOnce() throws Exception {
        List<JsWorker> workers = new ArrayList<>();
        List<CompletableFuture<Object>> results = new ArrayList<>();
        List<Thread> loopThreads = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            JsWorker worker = runtime.newWorker();
            workers.add(worker);
            loopThreads.add(worker.submit(Thread::currentThread).get());
            for (int c = 0; c < 4; c++) {
                JsContext context = worker.newContext();
                int id = w * 4 + c;
                results.add(context.eval("""
                        (async () => {
                          let total = 0;
                          for (let i = 0; i < 20; i++) {
                            total += await new Promise(resolve => setTimeout(() => resolve(i), i % 3));
                            await null;
                          }
                          return `ID:${total}`;
                        })()""".replace("ID", String.valueOf(id))));
            }
        }
        for (int i = 0; i < results.size(); i++) {
            assertEquals(i + ":190", results.get(i).get(30, TimeUnit.SECONDS));
        }
        assertEquals(8, loopThreads.stream().distinct().count(), "each worker has its own thread");
        assertTrue(loopThreads.stream().noneMatch(Thread::isVirtual), "V8 must run on platform threads");
        workers.forEach(JsWorker::close);
    }

    @Test
    void globalsOfTwoContextsOnOneWorkerDoNotLeakIntoEachOther() throws Exception {
        try (JsWorker worker = runtime.newWorker()) {
            JsContext first = worker.newContext();
            JsContext second = worker.newContext();
            first.eval("globalThis.shared = 'first'; var declared = 1; Array.prototype.extra = 42;").get();
            assertEquals("undefined", second.eval("typeof shared").get());
            assertEquals("undefined", second.eval("typeof declared").get());
            assertEquals("undefined", second.eval("typeof [].extra").get());
            assertEquals("first", first.eval("shared").get());
            assertNotEquals(first.eval("Object").get(), second.eval("Object").get());
        }
    }

    @Test
    void contextsMadeOneAfterAnotherEachStartClean() throws Exception {
        try (JsWorker worker = runtime.newWorker()) {
            for (int i = 0; i < 6; i++) {
                JsContext context = worker.newContext();
                assertEquals("undefined,undefined,undefined,function", context.eval(
                        "[typeof leftOver, typeof __ionPrimordials, typeof Array.prototype.tampered, typeof setTimeout].join()").get());
                context.eval("globalThis.leftOver = 1; Array.prototype.tampered = 1; setTimeout(() => {}, 60_000); undefined").get();
                context.close();
            }
        }
    }

    @Test
    void contextsOnOneWorkerInterleaveSoABusyContextCannotStarveItsSibling() throws Exception {
        try (JsWorker worker = runtime.newWorker()) {
            JsContext busy = worker.newContext();
            JsContext quiet = worker.newContext();
            busy.eval("globalThis.ticks = 0; (function spin() { ticks++; setTimeout(spin, 0); })();").get();
            Object quietResult = quiet.eval("new Promise(resolve => setTimeout(() => resolve('done'), 5))")
                    .get(10, TimeUnit.SECONDS);
            assertEquals("done", quietResult);
            busy.terminate();
            Number ticks = (Number) busy.eval("ticks").get();
            assertTrue(ticks.intValue() > 0, "the busy context ran too");
        }
    }
}
