package org.ionjs.benchmarks;

import org.ionjs.runtime.JsRuntime;
import org.ionjs.runtime.JsWorker;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * For reference, no raw-Javet pair: a context with Ion's whole standard library, as the CLI makes one.
 * A class of its own because a process makes isolates from one startup snapshot, owned by the first
 * configuration that makes a context: here, the default one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xss8m", "--enable-native-access=ALL-UNNAMED"})
public class StandardLibraryBenchmark {
    JsRuntime runtime;
    JsWorker worker;

    @Setup(Level.Trial)
    public void setUp() {
        runtime = JsRuntime.create();
        worker = runtime.newWorker();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        runtime.close();
    }

    @Benchmark
    public void contextCreationWithStandardLibrary() {
        worker.newContext().close();
    }
}
