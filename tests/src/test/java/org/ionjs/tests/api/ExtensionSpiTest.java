package org.ionjs.tests.api;

import org.ionjs.runtime.JsContext;
import org.ionjs.runtime.JsRuntime;
import org.ionjs.runtime.JsWorker;
import org.ionjs.runtime.spi.Extension;
import org.ionjs.runtime.spi.ExtensionSetup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ExtensionSpiTest {

    /** Registers two ops and a script that uses them, as an embedder's extension would. */
    private static final class Greeter implements Extension {
        final AtomicInteger contexts = new AtomicInteger();

        @Override
        public String name() {
            return "test_greeter";
        }

        @Override
        public void setup(ExtensionSetup setup) {
            setup.op("op_test_next_context", call -> contexts.incrementAndGet())
                    .op("op_test_greet", call -> "hello " + call.string(0) + " from context " + call.integer(1))
                    .script("ion-test-ext/00_greeter.js");
        }
    }

    @Test
    void aHostExtensionsScriptCallsItsOpsAndSetsUpEveryContext() throws Exception {
        Greeter greeter = new Greeter();
        try (JsRuntime runtime = JsRuntime.newBuilder().installedExtensions(false).extension(greeter).build();
             JsWorker worker = runtime.newWorker()) {
            JsContext first = worker.newContext();
            JsContext second = worker.newContext();
            assertEquals("hello ada from context 1", first.eval("greet('ada')").get());
            assertEquals("hello bob from context 2", second.eval("greet('bob')").get());
            assertEquals(2, greeter.contexts.get(), "onContextStart runs once per context");
        }
    }

    @Test
    void runtimesWithDifferentExtensionsCoexistInOneProcess() throws Exception {
        // Javet holds one custom startup snapshot per process; the second configuration must not get the
        // first one's globals (or crash) while contexts of both are alive, also after every context of the
        // snapshot's configuration closed once (that aborted the process).
        try (JsRuntime first = JsRuntime.create(); JsWorker worker = first.newWorker()) {
            assertEquals(1, worker.newContext().eval("1").get());
        }
        try (JsRuntime bare = JsRuntime.newBuilder().installedExtensions(false).build();
             JsRuntime full = JsRuntime.create();
             JsRuntime greeting = JsRuntime.newBuilder().installedExtensions(false).extension(new Greeter()).build();
             JsWorker bareWorker = bare.newWorker();
             JsWorker fullWorker = full.newWorker();
             JsWorker greetingWorker = greeting.newWorker()) {
            for (int round = 0; round < 3; round++) {
                JsContext b = bareWorker.newContext();
                JsContext f = fullWorker.newContext();
                JsContext g = greetingWorker.newContext();
                String probe = "[typeof TextEncoder, typeof URL, typeof greet].join()";
                assertEquals("undefined,undefined,undefined", b.eval(probe).get());
                assertEquals("function,function,undefined", f.eval(probe).get());
                assertEquals("undefined,undefined,function", g.eval(probe).get());
            }
        }
    }

    @Test
    void aScriptCallingAnOpAtItsTopLevelFailsWithTheRule() {
        Extension eager = new Extension() {
            @Override
            public String name() {
                return "test_eager";
            }

            @Override
            public void setup(ExtensionSetup setup) {
                setup.op("op_test_eager", call -> null).script("ion-test-ext/00_eager.js");
            }
        };
        try (JsRuntime runtime = JsRuntime.newBuilder().installedExtensions(false).extension(eager).build();
             JsWorker worker = runtime.newWorker()) {
            IllegalStateException error = assertThrows(IllegalStateException.class, worker::newContext);
            assertTrue(error.getMessage().contains("ext:ion-test-ext/00_eager.js failed while the extensions loaded: Error: ops.op_test_eager was used while the standard library was loading"), error.getMessage());
            assertTrue(error.getMessage().contains("may call ops only in functions that run later, such as those given to internals.onContextStart"),
                    error.getMessage());
        }
    }
}
