package org.ionjs.cli;

import org.ionjs.runtime.JsContext;
import org.ionjs.runtime.JsException;
import org.ionjs.runtime.JsObject;
import org.ionjs.runtime.JsRuntime;
import org.ionjs.runtime.JsWorker;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * Runs one main module the way {@code deno run} does: evaluate it, run the event loop until nothing is
 * pending, and exit 1 on the first uncaught error or unhandled rejection.
 */
final class ScriptRunner {
    private final PrintStream out;
    private final PrintStream err;

    /** Scripts write UTF-8 whatever the platform charset; the console extension flushes every write. */
    ScriptRunner() {
        out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        err = new PrintStream(new FileOutputStream(FileDescriptor.err), false, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
    }

    /** Evaluates the module that {@code start} begins in the context; returns the exit code. */
    int run(Function<JsContext, CompletableFuture<JsObject>> start) {
        try {
            return runMain(start);
        } catch (RuntimeException e) {
            err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            err.flush();
            return Main.EXIT_ERROR;
        }
    }

    private int runMain(Function<JsContext, CompletableFuture<JsObject>> start) {
        JsRuntime runtime = JsRuntime.create();
        JsWorker worker = runtime.newWorker("main");
        JsContext context = worker.newContextBuilder()
                .name("main")
                .stdout(out)
                .stderr(err)
                .onUncaughtError(this::exitOnUncaught)
                .build();
        CompletableFuture<JsObject> main = start.apply(context);
        try {
            main.get();
            context.whenIdle().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof JsException error) {
                exitOnUncaught(error, false);
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Main.EXIT_ERROR;
        }
        out.flush();
        return Main.EXIT_OK;
    }

    /** Deno stops at the first uncaught error: print it, flush what was written, and leave. */
    private void exitOnUncaught(JsException error, boolean inPromise) {
        out.flush();
        ErrorPrinter.print(err, error, inPromise);
        System.exit(Main.EXIT_ERROR);
    }

    static URI evalUrl(String extension) {
        return java.nio.file.Path.of("").toAbsolutePath().resolve("$ion$eval." + extension).toUri();
    }
}
