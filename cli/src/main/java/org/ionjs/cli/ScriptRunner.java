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
import java.nio.file.Path;
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
    int run(RuntimeOptions options, Path entryDirectory, Function<JsContext, ? extends CompletableFuture<?>> start) {
        try {
            return runMain(options, entryDirectory, start);
        } catch (RuntimeException e) {
            err.println("error: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
            err.flush();
            return Main.EXIT_ERROR;
        }
    }

    private int runMain(RuntimeOptions options, Path entryDirectory, Function<JsContext, ? extends CompletableFuture<?>> start) {
        JsRuntime runtime = options.newRuntime(entryDirectory);
        JsWorker worker = runtime.newWorker("main");
        JsContext context = worker.newContextBuilder()
                .name("main")
                .stdout(out)
                .stderr(err)
                .onUncaughtError(this::exitOnUncaught)
                .build();
        CompletableFuture<?> main = start.apply(context);
        try {
            CompletableFuture<Void> idle = context.whenIdle();
            // The main module failing ends the run at once, even with timers pending (as in Deno).
            CompletableFuture.anyOf(main, idle).exceptionally(e -> null).get();
            if (main.isCompletedExceptionally()) {
                main.get();
            }
            idle.get();
            if (!main.isDone()) {
                // Nothing is left that could settle the module's top-level await: Deno's error, exit 1.
                out.flush();
                err.println("error: Top-level await promise never resolved");
                err.flush();
                return Main.EXIT_ERROR;
            }
            main.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof JsException error) {
                context.terminate();
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

    /**
     * Deno stops at the first uncaught error: print it after what was already written, and leave at
     * once. Halting (not exiting) keeps the loop from running another task meanwhile; every stream
     * Ion writes to is flushed first, so no output is lost.
     */
    private void exitOnUncaught(JsException error, boolean inPromise) {
        out.flush();
        ErrorPrinter.print(err, error, inPromise);
        err.flush();
        Runtime.getRuntime().halt(Main.EXIT_ERROR);
    }

    /** The URL of code that has no file ({@code ion eval}, stdin), as Deno names it: {@code file:///cwd/$ion$eval.js}. */
    static URI mainUrl(String kind, String extension) {
        return workingDirectory().resolve("$ion$" + kind + "." + extension).toUri();
    }

    static Path workingDirectory() {
        return Path.of("").toAbsolutePath();
    }
}
