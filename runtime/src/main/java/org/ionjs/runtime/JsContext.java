package org.ionjs.runtime;

import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueFunction;
import com.caoccao.javet.values.reference.V8ValueObject;
import org.ionjs.runtime.internal.ContextCore;
import org.ionjs.runtime.internal.ContextOptions;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * An isolated JavaScript context: its own V8 isolate, globals, macrotask queue, timers and pending
 * operations, running on its {@link JsWorker}'s thread alongside that worker's other contexts.
 *
 * <p><b>Threads.</b> {@link #eval}, {@link #evalModule}, {@link #call}, {@link #execute},
 * {@link #setGlobal}, {@link #whenIdle}, {@link #terminate} and {@link #close} may be called from any
 * thread; they post work to the loop and return futures. Blocking on one of those futures from the
 * loop thread itself throws {@link IllegalStateException} instead of deadlocking.
 *
 * <p><b>Values.</b> JavaScript values reach Java as: {@code null} (undefined, null), Boolean, Integer
 * (integral numbers in int range) or Double, BigInteger (BigInt), String, List (arrays), Map (plain
 * objects), byte[] (Uint8Array, ArrayBuffer), Instant (Date), {@link JsFunction}, {@link JsPromise},
 * or a {@link JsObject} handle for other objects. Java values go the other way, plus Long, Float,
 * Object[], {@link HostFunction} and {@link CompletableFuture} (a promise).
 */
public final class JsContext implements AutoCloseable {
    static final String EVAL_NAME = "<eval>";

    private final ContextCore core;
    private final JsWorker worker;

    /** Receives errors no caller can catch: uncaught exceptions in tasks and unhandled rejections. */
    @FunctionalInterface
    public interface UncaughtErrorHandler {
        /** Runs on the loop thread. {@code unhandledRejection} is true for a promise rejected with no handler. */
        void uncaught(JsException error, boolean unhandledRejection);
    }

    private JsContext(ContextCore core, JsWorker worker) {
        this.core = core;
        this.worker = worker;
        core.owner(this);
    }

    static JsContext of(ContextCore core) {
        return (JsContext) core.owner();
    }

    /** Evaluates a classic script; when its value is a promise, the future completes when it settles. */
    public CompletableFuture<Object> eval(String code) {
        return eval(code, EVAL_NAME);
    }

    /** As {@link #eval(String)}, naming the script {@code fileName} in stack traces. */
    public CompletableFuture<Object> eval(String code, String fileName) {
        Objects.requireNonNull(code, "code");
        checkOpen();
        return core.submit(future -> core.settle(core.v8().getExecutor(code).setResourceName(fileName).execute(), future));
    }

    /** Loads and evaluates an ES module file (with its static imports); completes with its namespace. */
    public CompletableFuture<JsObject> evalModule(Path file) {
        return evalModule(file.toAbsolutePath().normalize().toUri());
    }

    /** Loads and evaluates the ES module at a URL (any that a resolver accepts); completes with its namespace. */
    public CompletableFuture<JsObject> evalModule(URI url) {
        Objects.requireNonNull(url, "url");
        checkOpen();
        return core.submit(future -> core.evalModule(url, null, future));
    }

    /**
     * Resolves, loads (downloading remote modules into the cache) and links the module at {@code url} and
     * its static imports, without running any of them.
     */
    public CompletableFuture<Void> loadModule(URI url) {
        Objects.requireNonNull(url, "url");
        checkOpen();
        return core.submit(future -> core.linkModule(url, future));
    }

    /**
     * Evaluates {@code source} as an ES module named {@code url}; its relative imports resolve against
     * that URL. Completes with its namespace.
     */
    public CompletableFuture<JsObject> evalModule(URI url, String source) {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(source, "source");
        checkOpen();
        return core.submit(future -> core.evalModule(url, source, future));
    }

    /** Calls global function {@code name}; a returned promise is awaited. */
    public CompletableFuture<Object> call(String name, Object... args) {
        checkOpen();
        return core.submit(future -> {
            try (V8ValueObject global = core.v8().getGlobalObject()) {
                V8Value member = global.get(name);
                if (!(member instanceof V8ValueFunction function)) {
                    member.close();
                    throw new JsException("TypeError", "globalThis." + name + " is not a function", null, null, 0, 0, null);
                }
                try (function) {
                    core.settle(core.callFunctionRaw(function, null, args), future);
                }
            }
        });
    }

    /** Runs {@code action} on the loop thread with direct access to this context's JavaScript. */
    public <T> CompletableFuture<T> execute(Function<JsScope, T> action) {
        checkOpen();
        JsScope scope = new JsScope(core);
        return core.submit(future -> future.complete(action.apply(scope)));
    }

    /** Sets a global variable, for example a {@link HostFunction} that scripts can call. */
    public CompletableFuture<Void> setGlobal(String name, Object value) {
        checkOpen();
        return core.submit(future -> {
            try (V8ValueObject global = core.v8().getGlobalObject(); V8Value v = core.toJs(value)) {
                global.set(name, v);
            }
            future.complete(null);
        });
    }

    /**
     * Completes when nothing is queued or pending in this context: no macrotask, no timer and no host
     * operation that keeps it alive.
     */
    public CompletableFuture<Void> whenIdle() {
        checkOpen();
        return core.whenIdle();
    }

    /**
     * Any thread: stops the JavaScript running in this context now (even {@code while (true) {}}) and
     * drops its queued tasks and timers, whose futures fail with {@link JsTerminatedException}. The
     * context stays usable and the worker goes on serving its other contexts.
     */
    public void terminate() {
        core.terminate();
    }

    public JsWorker worker() {
        return worker;
    }

    public String name() {
        return core.name();
    }

    public boolean isClosed() {
        return core.isClosed();
    }

    /**
     * Stops running JavaScript, cancels timers and pending work (their futures fail with
     * {@link JsTerminatedException}) and releases the isolate. Waits for that unless called on the loop
     * thread. A second call does nothing.
     */
    @Override
    public void close() {
        CompletableFuture<Void> closed = core.close();
        if (!worker.inEventLoop()) {
            JsWorker.await(closed);
        }
        worker.forget(this);
    }

    private void checkOpen() {
        if (core.isClosed()) {
            throw new IllegalStateException("JsContext " + core.name() + " is closed; create a new context");
        }
    }

    /** Settings for a new context; from {@link JsWorker#newContextBuilder()}. */
    public static final class Builder {
        private final JsWorker worker;
        private String name;
        private PrintStream stdout = System.out;
        private PrintStream stderr = System.err;
        private UncaughtErrorHandler uncaughtErrorHandler;

        Builder(JsWorker worker) {
            this.worker = worker;
        }

        /** A name for errors and thread dumps. */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /** Where {@code console.log} and friends write. */
        public Builder stdout(PrintStream stdout) {
            this.stdout = Objects.requireNonNull(stdout, "stdout");
            return this;
        }

        /** Where {@code console.error}, warnings and (by default) uncaught errors go. */
        public Builder stderr(PrintStream stderr) {
            this.stderr = Objects.requireNonNull(stderr, "stderr");
            return this;
        }

        /** Replaces the default handler, which prints {@code Uncaught <stack>} to stderr. */
        public Builder onUncaughtError(UncaughtErrorHandler handler) {
            this.uncaughtErrorHandler = Objects.requireNonNull(handler, "handler");
            return this;
        }

        /** Creates the context; waits for its isolate to be ready unless called on the worker thread. */
        public JsContext build() {
            String contextName = name != null ? name : worker.nextContextName();
            PrintStream err = stderr;
            UncaughtErrorHandler handler = uncaughtErrorHandler != null ? uncaughtErrorHandler
                    : (error, inPromise) -> err.println("Uncaught " + (inPromise ? "(in promise) " : "") + error.jsStack());
            ContextOptions options = new ContextOptions(contextName, stdout, stderr, handler);
            return worker.create(core -> new JsContext(core, worker), options);
        }
    }
}
