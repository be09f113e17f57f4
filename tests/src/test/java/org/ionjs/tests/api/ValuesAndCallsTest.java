package org.ionjs.tests.api;

import org.ionjs.runtime.HostFunction;
import org.ionjs.runtime.JsArray;
import org.ionjs.runtime.JsContext;
import org.ionjs.runtime.JsException;
import org.ionjs.runtime.JsFunction;
import org.ionjs.runtime.JsObject;
import org.ionjs.runtime.JsPromise;
import org.ionjs.runtime.JsRuntime;
import org.ionjs.runtime.JsWorker;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ValuesAndCallsTest {
    private static JsRuntime runtime;
    private static JsWorker worker;
    private static JsContext context;

    @BeforeAll
    static void start() {
        runtime = JsRuntime.create();
        worker = runtime.newWorker();
        context = worker.newContext();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void evalConvertsJavaScriptValuesToJava() throws Exception {
        assertEquals(3, context.eval("1 + 2").get());
        assertEquals(2.5, context.eval("5 / 2").get());
        assertEquals("hi", context.eval("'h' + 'i'").get());
        assertEquals(true, context.eval("1 < 2").get());
        assertNull(context.eval("undefined").get());
        assertNull(context.eval("null").get());
        assertEquals(new BigInteger("1180591620717411303424"), context.eval("2n ** 70n").get());
        assertEquals(BigInteger.valueOf(-5), context.eval("-5n").get());
        assertEquals(List.of(1, "a", List.of(true)), context.eval("[1, 'a', [true]]").get());
        assertEquals(Map.of("a", 1, "b", Map.of("c", "d")), context.eval("({a: 1, b: {c: 'd'}})").get());
        assertArrayEquals(new byte[]{1, 2, (byte) 255}, (byte[]) context.eval("new Uint8Array([1, 2, 255])").get());
        assertInstanceOf(JsFunction.class, context.eval("() => 1").get());
        assertInstanceOf(JsObject.class, context.eval("new (class Point { constructor() { this.x = 1; } })()").get());
    }

    @Test
    void evalOfAPromiseCompletesWhenThePromiseSettles() throws Exception {
        assertEquals("later", context.eval("new Promise(r => setTimeout(() => r('later'), 20))").get());
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> context.eval("Promise.reject(new RangeError('nope'))").get());
        JsException error = assertInstanceOf(JsException.class, failure.getCause());
        assertEquals("RangeError", error.errorClass());
        assertEquals("nope", error.jsMessage());
    }

    @Test
    void javaValuesConvertToJavaScriptAndBack() throws Exception {
        context.setGlobal("fromJava", Map.of("list", List.of(1, 2L, 3.5), "bytes", new byte[]{7}, "text", "x")).get();
        assertEquals("object,number,7,7,x", context.eval(
                "[typeof fromJava, typeof fromJava.list[1], fromJava.list[2] * 2, fromJava.bytes[0], fromJava.text].join()").get());
        assertEquals("Uint8Array", context.eval("fromJava.bytes.constructor.name").get());
    }

    @Test
    void callInvokesAGlobalFunctionAndAwaitsItsPromise() throws Exception {
        context.eval("function add(a, b) { return a + b; } async function later(x) { await null; return x * 2; }").get();
        assertEquals(5, context.call("add", 2, 3).get());
        assertEquals(42, context.call("later", 21).get());
        ExecutionException failure = assertThrows(ExecutionException.class, () -> context.call("noSuchFunction").get());
        assertEquals("globalThis.noSuchFunction is not a function", ((JsException) failure.getCause()).jsMessage());
    }

    @Test
    void executeGivesJavaCodeOnTheLoopDirectAccessToValues() throws Exception {
        int length = context.execute(scope -> {
            JsObject global = scope.global();
            JsArray array = scope.newArray();
            array.add("a");
            array.add(2);
            global.set("built", array);
            return ((Number) scope.eval("built.length")).intValue();
        }).get();
        assertEquals(2, length);
        assertEquals(List.of("a", 2), context.eval("built").get());
    }

    @Test
    void hostFunctionsAreCallableFromJavaScriptSyncAndAsync() throws Exception {
        context.setGlobal("javaAdd", (HostFunction) args -> ((Number) args[0]).intValue() + ((Number) args[1]).intValue()).get();
        context.setGlobal("javaLater", (HostFunction) args -> CompletableFuture.supplyAsync(() -> "async " + args[0])).get();
        assertEquals(7, context.eval("javaAdd(3, 4)").get());
        assertEquals("async value", context.eval("javaLater('value').then(v => v)").get());
    }

    @Test
    void aHostFunctionThrowingAJavaExceptionSurfacesAsAJavaScriptError() throws Exception {
        context.setGlobal("javaFails", (HostFunction) args -> {
            throw new IllegalStateException("database is down");
        }).get();
        assertEquals("Error: database is down", context.eval(
                "try { javaFails(); 'no error' } catch (e) { `${e.constructor.name}: ${e.message}` }").get());
        context.setGlobal("javaRejects", (HostFunction) args ->
                CompletableFuture.failedFuture(new IllegalStateException("async failure"))).get();
        assertEquals("async failure", context.eval("javaRejects().catch(e => e.message)").get());
    }

    @Test
    void aJavaScriptFunctionHeldByJavaCanBeCalledFromAnyThread() throws Exception {
        JsFunction multiply = (JsFunction) context.eval("(a, b) => a * b").get();
        Object result = CompletableFuture.supplyAsync(() -> multiply.callAsync(6, 7)).get().get();
        assertEquals(42, result);
        JsFunction asyncFunction = (JsFunction) context.eval("async x => { await null; return [x]; }").get();
        assertEquals(List.of("awaited"), asyncFunction.callAsync("awaited").get());
    }

    @Test
    void aJavaScriptPromiseBecomesACompletableFuture() throws Exception {
        context.eval("globalThis.settle = null; globalThis.pending = new Promise(r => { settle = r; }); undefined").get();
        CompletableFuture<Object> future = context.execute(scope ->
                ((JsPromise) scope.global().getObject("pending")).toFuture()).get();
        context.eval("settle('settled')").get();
        assertEquals("settled", future.get(10, TimeUnit.SECONDS));
    }

    @Test
    void jsExceptionCarriesClassMessageAndStackWithPositions() {
        ExecutionException failure = assertThrows(ExecutionException.class, () -> context.eval(
                "function fail() {\n  throw new TypeError('bad input');\n}\nfail();", "file:///app/main.js").get());
        JsException error = assertInstanceOf(JsException.class, failure.getCause());
        assertEquals("TypeError", error.errorClass());
        assertEquals("bad input", error.jsMessage());
        assertEquals("TypeError: bad input", error.getMessage());
        assertTrue(error.jsStack().contains("at fail (file:///app/main.js:2:9)"), error.jsStack());
        assertEquals("file:///app/main.js", error.fileName());
        assertEquals(2, error.line());
        assertEquals(9, error.column());
    }

    @Test
    void unboundedReentryBetweenJavaScriptAndJavaRaisesARangeError() throws Exception {
        context.setGlobal("bounce", (HostFunction) args -> ((JsFunction) args[0]).call(args[0])).get();
        assertEquals("RangeError", context.eval(
                "try { bounce(f => bounce(f)); 'no error' } catch (e) { e.constructor.name }").get());
        assertEquals(1, context.eval("1").get(), "the context survives");
    }

    @Test
    void unboundedReentryIsSafeWhenStackTracesAreSourceMapped(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Path typed = dir.resolve("typed.ts");
        java.nio.file.Files.writeString(typed, "export const n: number = 1;\n");
        try (JsWorker own = runtime.newWorker()) {
            JsContext mapped = own.newContext();
            mapped.evalModule(typed).get();
            mapped.setGlobal("bounce", (HostFunction) args -> ((JsFunction) args[0]).call(args[0])).get();
            assertEquals("RangeError", mapped.eval(
                    "try { bounce(f => bounce(f)); 'no error' } catch (e) { e.stack; e.constructor.name }").get());
        }
    }

    @Test
    void blockingOnAContextFutureFromItsOwnLoopThrowsInsteadOfDeadlocking() throws Exception {
        String message = worker.submit(() -> {
            CompletableFuture<Object> inner = context.eval("1");
            try {
                inner.get();
                return "no error";
            } catch (IllegalStateException e) {
                return e.getMessage();
            }
        }).get();
        assertTrue(message.contains("would deadlock"), message);
    }

    @Test
    void syntaxErrorsReportFileLineAndColumn() {
        ExecutionException failure = assertThrows(ExecutionException.class,
                () -> context.eval("let x = ;", "file:///app/broken.js").get());
        JsException error = assertInstanceOf(JsException.class, failure.getCause());
        assertEquals("SyntaxError", error.errorClass());
        assertEquals(List.of("file:///app/broken.js", 1, 9), Arrays.asList(error.fileName(), error.line(), error.column()));
    }
}
