package org.ionjs.benchmarks;

import com.caoccao.javet.interop.V8Host;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.interop.callback.IJavetDirectCallable;
import com.caoccao.javet.interop.callback.JavetCallbackContext;
import com.caoccao.javet.interop.callback.JavetCallbackType;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueFunction;
import com.caoccao.javet.values.reference.V8ValueObject;
import org.ionjs.runtime.HostFunction;
import org.ionjs.runtime.JsContext;
import org.ionjs.runtime.JsFunction;
import org.ionjs.runtime.JsRuntime;
import org.ionjs.runtime.JsWorker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Ion's overhead over raw Javet doing the same work, pair by pair (ion* vs javet*): the ratio of each
 * pair is the figure docs/benchmarks.md reports. The raw side runs on its own platform thread, as Ion's
 * worker does, so cross-thread hand-offs are counted on both sides.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss8m", "--enable-native-access=ALL-UNNAMED"})
public class OverheadBenchmark {
    static final int CALLS = 1000;

    JsRuntime bareRuntime;
    JsRuntime noSpareRuntime;
    JsWorker noSpareWorker;
    JsWorker ionWorker;
    JsContext ionContext;
    JsFunction ionIdentity;

    V8Host host;
    ExecutorService javetThread;
    V8Runtime javetRuntime;
    V8ValueFunction javetIdentity;

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        // Context creation compares like with like: Ion without the standard library, as raw Javet has none.
        bareRuntime = JsRuntime.newBuilder().installedExtensions(false).build();
        ionWorker = bareRuntime.newWorker();
        noSpareRuntime = JsRuntime.newBuilder().installedExtensions(false).spareIsolates(0).build();
        noSpareWorker = noSpareRuntime.newWorker();
        ionContext = ionWorker.newContext();
        ionIdentity = (JsFunction) ionContext.eval("(x) => x").get();
        ionContext.setGlobal("ionHost", (HostFunction) args -> args[0]).get();
        ionContext.eval("globalThis.callHost = (n) => { let s = 0; for (let i = 0; i < n; i++) s += ionHost(i); return s; }").get();

        host = RawJavet.host();
        javetThread = Executors.newSingleThreadExecutor(r -> new Thread(null, r, "javet", 8L << 20));
        javetThread.submit(() -> {
            javetRuntime = host.createV8Runtime();
            javetIdentity = javetRuntime.getExecutor("(x) => x").execute();
            IJavetDirectCallable.NoThisAndResult<Exception> body = args -> javetRuntime.createV8ValueInteger(
                    ((com.caoccao.javet.values.primitive.V8ValueInteger) args[0]).getValue());
            try (V8ValueFunction function = javetRuntime.createV8ValueFunction(
                    new JavetCallbackContext("javetHost", JavetCallbackType.DirectCallNoThisAndResult, body));
                 V8ValueObject global = javetRuntime.getGlobalObject()) {
                global.set("javetHost", function);
            }
            javetRuntime.getExecutor("globalThis.callHost = (n) => { let s = 0; for (let i = 0; i < n; i++) s += javetHost(i); return s; }").executeVoid();
            return null;
        }).get();
    }

    @TearDown(Level.Trial)
    public void tearDown() throws Exception {
        bareRuntime.close();
        noSpareRuntime.close();
        javetThread.submit(() -> {
            javetIdentity.close();
            javetRuntime.close();
            return null;
        }).get();
        javetThread.shutdown();
    }

    @Benchmark
    public void ionContextCreation() {
        ionWorker.newContext().close();
    }

    /** For reference: every isolate made on demand, as the CLI does (spareIsolates(0)). */
    @Benchmark
    public void ionContextCreationWithoutSpare() {
        noSpareWorker.newContext().close();
    }

    @Benchmark
    public void javetContextCreation() throws Exception {
        // Two hand-offs, as Ion's newContext() and close() are two calls that each wait for the worker.
        V8Runtime runtime = javetThread.submit(() -> host.<V8Runtime>createV8Runtime()).get();
        javetThread.submit(() -> {
            runtime.close();
            return null;
        }).get();
    }

    @Benchmark
    public Object ionEvalRoundTrip() throws Exception {
        return ionContext.eval("1 + 1").get();
    }

    @Benchmark
    public Object javetEvalRoundTrip() throws Exception {
        return javetThread.submit(() -> javetRuntime.getExecutor("1 + 1").executeInteger()).get();
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public Object ionJavaToJsCall() throws Exception {
        return ionContext.execute(scope -> {
            Object last = null;
            for (int i = 0; i < CALLS; i++) {
                last = ionIdentity.call(i);
            }
            return last;
        }).get();
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public Object javetJavaToJsCall() throws Exception {
        return javetThread.submit(() -> {
            Object last = null;
            for (int i = 0; i < CALLS; i++) {
                try (V8Value value = javetIdentity.call(null, i)) {
                    last = ((com.caoccao.javet.values.primitive.V8ValueInteger) value).getValue();
                }
            }
            return last;
        }).get();
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public Object ionJsToJavaCall() throws Exception {
        return ionContext.call("callHost", CALLS).get();
    }

    @Benchmark
    @OperationsPerInvocation(CALLS)
    public Object javetJsToJavaCall() throws Exception {
        return javetThread.submit(() -> {
            try (V8ValueObject global = javetRuntime.getGlobalObject()) {
                return global.invokeInteger("callHost", CALLS);
            }
        }).get();
    }
}
