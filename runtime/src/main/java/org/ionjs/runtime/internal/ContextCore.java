package org.ionjs.runtime.internal;

import com.caoccao.javet.enums.JavetPromiseRejectEvent;
import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.interop.callback.IJavetDirectCallable;
import com.caoccao.javet.interop.callback.JavetCallbackContext;
import com.caoccao.javet.interop.callback.JavetCallbackType;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.primitive.V8ValueString;
import com.caoccao.javet.values.reference.V8ValueArray;
import com.caoccao.javet.values.reference.V8ValueFunction;
import com.caoccao.javet.values.reference.V8ValueObject;
import com.caoccao.javet.values.reference.V8ValuePromise;
import com.caoccao.javet.values.reference.V8ValueReference;
import org.ionjs.runtime.HostFunction;
import com.caoccao.javet.values.reference.V8Module;
import com.caoccao.javet.values.reference.V8Script;
import org.ionjs.runtime.JsException;
import org.ionjs.runtime.JsLoadException;
import org.ionjs.runtime.JsTerminatedException;
import org.ionjs.runtime.internal.modules.SourceMaps;
import org.ionjs.runtime.spi.HostContext;
import org.ionjs.runtime.spi.ModuleRequest;
import org.ionjs.runtime.spi.Op;
import org.ionjs.runtime.spi.PendingOperation;
import org.ionjs.runtime.spi.Timer;

import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One context: a V8 isolate with its globals, its macrotask queue, timers, host operations in flight
 * and promise-rejection tracking. Everything here runs on the owning worker's loop thread unless a
 * method says otherwise.
 */
public final class ContextCore implements HostContext {
    /**
     * Bounds JS→Java→JS re-entry; unbounded re-entry crashed the JVM inside JNI. Low enough that the chain
     * stops well before V8's own stack limit (~1 MB): V8 aborts the process ("IsOnCentralStack") when Java
     * code called near that limit enters V8 again, since the Java frames in between go past it.
     */
    static final int MAX_HOST_CALL_DEPTH = 100;

    private final WorkerLoop loop;
    private final RuntimeConfig config;
    private final ContextOptions options;
    private final V8Runtime v8;
    private final IsolateSupply isolates;
    private final Values values = new Values(this);
    private final ArrayDeque<Task> macrotasks = new ArrayDeque<>();
    private final TimerQueue timers = new TimerQueue();
    private final RejectionTracker rejections = new RejectionTracker(this);
    private final Map<Integer, Consumer<Settlement>> settlements = new HashMap<>();
    private final List<CompletableFuture<Void>> idleWaiters = new ArrayList<>();
    private final Map<Class<?>, Object> states = new HashMap<>();
    private final ConcurrentLinkedQueue<V8ValueReference> releases = new ConcurrentLinkedQueue<>();
    private final Object runLock = new Object();
    private final AtomicBoolean closed = new AtomicBoolean();
    private V8ValueObject internals;
    private boolean sourceMapsInUse;
    private V8ValueFunction describeError;
    private V8ValueFunction track;
    private V8ValueFunction isPlainObject;
    private V8ValueFunction unhandledRejection;
    private V8ValueFunction rejectionHandled;
    private volatile Object owner;
    private ModuleLoader modules;
    private int nextSettlementId;
    private int refOps;
    private int hostDepth;
    private boolean running;
    private boolean terminateRequested;
    /** Set when V8 neared the heap limit and this context's script was stopped for it. */
    private long outOfMemoryLimit;

    /** The settled state of a tracked promise, as Java values. */
    record Settlement(boolean fulfilled, Object value, JsException error) {
    }

    /** A macrotask. {@link #abandon} runs instead of {@link #run} when the task is dropped. */
    interface Task {
        void run() throws Exception;

        default void abandon(JsTerminatedException reason) {
        }
    }

    private ContextCore(WorkerLoop loop, RuntimeConfig config, ContextOptions options, V8Runtime v8,
                        IsolateSupply isolates) {
        this.loop = loop;
        this.config = config;
        this.isolates = isolates;
        this.options = options;
        this.v8 = v8;
    }

    /** Loop thread: creates the isolate and installs the core and the extensions. */
    public static ContextCore create(WorkerLoop loop, RuntimeConfig config, IsolateSupply isolates,
                                     ContextOptions options) {
        loop.assertInEventLoop();
        V8Runtime v8 = isolates.acquire(loop);
        ContextCore core = new ContextCore(loop, config, options, v8, isolates);
        try {
            core.bootstrap(config);
        } catch (JavetException | RuntimeException e) {
            try {
                v8.close(true);
            } catch (JavetException ignored) {
                // the bootstrap error is the one worth reporting
            }
            throw new IllegalStateException("Cannot set up context " + options.name() + ": " + e.getMessage(), e);
        }
        loop.register(core);
        return core;
    }

    private void bootstrap(RuntimeConfig config) throws JavetException {
        v8.setPromiseRejectCallback(rejections::onReject);
        // Without this V8 aborts the whole process when a heap fills up: stop the script instead, and give
        // V8 room to unwind it.
        v8.setNearHeapLimitCallback((current, initial) -> {
            outOfMemoryLimit = current;
            v8.terminateExecution();
            return current + Math.max(initial, 64L << 20);
        });
        try (V8ValueObject global = v8.getGlobalObject();
             V8ValueObject boot = global.get(StartupSnapshot.BOOT_GLOBAL);
             V8ValueObject coreBinder = boot.get("coreBinder");
             V8ValueObject binder = boot.get("binder");
             V8ValueFunction bindCore = newFunction("bind", args -> opFunction(CoreOps.OPS, args[0]));
             V8ValueFunction bind = newFunction("bind", args -> opFunction(config.extensions().ops(), args[0]));
             V8ValueObject helpers = boot.get("helpers")) {
            global.delete(StartupSnapshot.BOOT_GLOBAL);
            coreBinder.set("bind", bindCore);
            binder.set("bind", bind);
            internals = boot.get("internals");
            describeError = helpers.get("describeError");
            track = helpers.get("track");
            isPlainObject = helpers.get("isPlainObject");
            unhandledRejection = helpers.get("unhandledRejection");
            rejectionHandled = helpers.get("rejectionHandled");
            helpers.invokeVoid("start");
        }
    }

    /** The Java function of the op named {@code name}, made when a script first uses the op. */
    private V8ValueFunction opFunction(Map<String, Op> ops, V8Value name) throws JavetException {
        String opName = ((V8ValueString) name).getValue();
        Op op = ops.get(opName);
        return newFunction(opName, args -> op.call(new Call(this, opName, args)));
    }

    // ---- Java functions callable from JS ----------------------------------------------------------

    /** The body of a Java function seen from JS; arguments are closed by Javet after it returns. */
    interface Callback {
        Object call(V8Value[] args) throws Exception;
    }

    V8ValueFunction newHostFunction(String name, HostFunction function) throws JavetException {
        return newFunction(name, args -> {
            Object[] converted = new Object[args.length];
            for (int i = 0; i < args.length; i++) {
                converted[i] = values.toJava(args[i] instanceof V8ValueReference r ? r.toClone() : args[i]);
            }
            return function.call(converted);
        });
    }

    private V8ValueFunction newFunction(String name, Callback callback) throws JavetException {
        IJavetDirectCallable.NoThisAndResult<Exception> body = args -> invokeFromJs(name, callback, args);
        return v8.createV8ValueFunction(new JavetCallbackContext(name, JavetCallbackType.DirectCallNoThisAndResult, body));
    }

    private V8Value invokeFromJs(String name, Callback callback, V8Value[] args) throws JavetException {
        if (hostDepth >= MAX_HOST_CALL_DEPTH) {
            return throwJs("RangeError", "Maximum call stack size exceeded: more than " + MAX_HOST_CALL_DEPTH
                    + " nested calls between JavaScript and Java (in " + name + ")");
        }
        hostDepth++;
        try {
            Object result = callback.call(args == null ? new V8Value[0] : args);
            return result instanceof V8Value v ? v : values.toJs(result);
        } catch (org.ionjs.runtime.spi.OpException e) {
            return throwJs(e.errorClass(), e.getMessage());
        } catch (JsException e) {
            if (e instanceof JsTerminatedException) {
                throw new IllegalStateException(e.getMessage(), e);
            }
            return throwJs(e.errorClass() == null ? "Error" : e.errorClass(), e.jsMessage());
        } catch (JavetException e) {
            throw e;
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
            return throwJs(e instanceof IllegalArgumentException ? "TypeError" : "Error", message);
        } finally {
            hostDepth--;
        }
    }

    private V8Value throwJs(String errorClass, String message) throws JavetException {
        try (V8ValueFunction constructor = globalFunction(errorClass);
             V8Value error = constructor.callAsConstructor(v8.createV8ValueString(message))) {
            v8.throwError(error);
        }
        return v8.createV8ValueUndefined();
    }

    private V8ValueFunction globalFunction(String name) throws JavetException {
        try (V8ValueObject global = v8.getGlobalObject()) {
            V8Value value = global.get(name);
            if (value instanceof V8ValueFunction function) {
                return function;
            }
            value.close();
            return global.get("Error");
        }
    }

    // ---- task submission and the loop ----------------------------------------------------------------

    /** The body of work submitted from any thread: runs on the loop and completes the future itself. */
    public interface Work<T> {
        void run(CompletableFuture<T> future) throws Exception;
    }

    /** Any thread: runs {@code work} as a macrotask; the returned future fails if the context closes first. */
    public <T> CompletableFuture<T> submit(Work<T> work) {
        LoopFuture<T> future = new LoopFuture<>(loop);
        Task task = new Task() {
            @Override
            public void run() throws Exception {
                try {
                    work.run(future);
                } catch (JavetException e) {
                    future.completeExceptionally(Errors.fromJavet(ContextCore.this, e));
                } catch (Exception | Error e) {
                    future.completeExceptionally(e);
                }
            }

            @Override
            public void abandon(JsTerminatedException reason) {
                future.completeExceptionally(reason);
            }
        };
        if (closed.get() || !loop.execute(() -> enqueueTask(task))) {
            future.completeExceptionally(closedException());
        }
        return future;
    }

    void enqueueTask(Task task) {
        if (closed.get()) {
            task.abandon(closedException());
        } else {
            macrotasks.add(task);
        }
    }

    @Override
    public void enqueue(Runnable task) {
        loop.assertInEventLoop();
        enqueueTask(task::run);
    }

    boolean hasReadyTask(long now) {
        for (Runnable fire; (fire = timers.pollDue(now)) != null; ) {
            macrotasks.add(fire::run);
        }
        return !macrotasks.isEmpty();
    }

    long nanosUntilNextTimer(long now) {
        return timers.nanosUntilNext(now);
    }

    void runOneTask() {
        Task task = macrotasks.poll();
        if (task == null) {
            return;
        }
        synchronized (runLock) {
            if (terminateRequested) {
                macrotasks.addFirst(task);
                return;
            }
            running = true;
        }
        try {
            task.run();
        } catch (JavetException e) {
            JsException error = Errors.fromJavet(this, e);
            if (!(error instanceof JsTerminatedException)) {
                reportUncaught(error, false);
            }
        } catch (JsException e) {
            if (!(e instanceof JsTerminatedException)) {
                reportUncaught(e, false);
            }
        } catch (Exception e) {
            reportUncaught(Errors.fromJava(e), false);
        } finally {
            synchronized (runLock) {
                running = false;
            }
        }
        if (outOfMemoryLimit != 0) {
            recoverFromOutOfMemory();
        }
        afterTask();
    }

    /** The script that filled the heap was stopped; what it left queued would likely fill it again. */
    private void recoverFromOutOfMemory() {
        outOfMemoryLimit = 0;
        v8.cancelTerminateExecution();
        dropPendingWork(new JsTerminatedException("Context " + name() + " ran out of memory; its pending work was dropped"));
        v8.lowMemoryNotification();
    }

    /** The error a task that filled the heap ends with. */
    JsException outOfMemoryError() {
        return outOfMemoryLimit == 0 ? null : new JsException("RangeError", "Out of memory: context " + name()
                + " reached its JavaScript heap limit of " + (outOfMemoryLimit >> 20)
                + " MB; use less memory or raise the limit with the V8 flag --max-old-space-size", null, null, 0, 0, null);
    }

    private void afterTask() {
        if (closed.get()) {
            return;
        }
        releasePending();
        rejections.flush();
        checkIdle();
    }

    void reportUncaught(JsException error, boolean inPromise) {
        options.uncaughtErrorHandler().uncaught(error, inPromise);
    }

    // ---- timers and host operations (spi.HostContext) ------------------------------------------------

    @Override
    public Timer schedule(double delayMillis, Runnable task) {
        loop.assertInEventLoop();
        checkUsable();
        double delay = Double.isNaN(delayMillis) || delayMillis < 0 ? 0 : delayMillis;
        long deadline = System.nanoTime() + (long) Math.min(delay * 1_000_000d, (double) (Long.MAX_VALUE / 4));
        return timers.schedule(deadline, task);
    }

    @Override
    public PendingOperation begin() {
        loop.assertInEventLoop();
        checkUsable();
        refOps++;
        return new PendingOperation() {
            private final AtomicBoolean done = new AtomicBoolean();
            private boolean refed = true;

            @Override
            public void complete(Runnable onLoop) {
                if (done.compareAndSet(false, true)) {
                    loop.execute(() -> {
                        if (refed) {
                            refed = false;
                            refOps--;
                        }
                        enqueueTask(onLoop::run);
                    });
                }
            }

            @Override
            public void unref() {
                loop.assertInEventLoop();
                if (refed) {
                    refed = false;
                    refOps--;
                    // Inside a task (an op released its hold), the task may still schedule work: afterTask checks.
                    if (!running) {
                        checkIdle();
                    }
                }
            }
        };
    }

    @Override
    public PrintStream stdout() {
        return options.stdout();
    }

    @Override
    public PrintStream stderr() {
        return options.stderr();
    }

    @Override
    public <T> T state(Class<T> type, Supplier<T> create) {
        loop.assertInEventLoop();
        return type.cast(states.computeIfAbsent(type, k -> create.get()));
    }

    // ---- idleness ---------------------------------------------------------------------------------------

    /** Any thread: completes when nothing is queued or pending (unref'd work does not count). */
    public CompletableFuture<Void> whenIdle() {
        LoopFuture<Void> future = new LoopFuture<>(loop);
        if (closed.get() || !loop.execute(() -> {
            if (closed.get()) {
                future.complete(null);
            } else {
                idleWaiters.add(future);
                checkIdle();
            }
        })) {
            future.complete(null);
        }
        return future;
    }

    private void checkIdle() {
        if (!idleWaiters.isEmpty() && macrotasks.isEmpty() && timers.refCount() == 0 && refOps == 0) {
            List<CompletableFuture<Void>> waiters = List.copyOf(idleWaiters);
            idleWaiters.clear();
            waiters.forEach(w -> w.complete(null));
        }
    }

    // ---- promises ---------------------------------------------------------------------------------------

    /** Completes {@code future} with {@code result}, or with its settlement when it is a promise. Closes result. */
    public void settle(V8Value result, CompletableFuture<Object> future) throws JavetException {
        if (result instanceof V8ValuePromise promise) {
            whenSettled(promise, s -> {
                if (s.fulfilled()) {
                    future.complete(s.value());
                } else {
                    future.completeExceptionally(s.error());
                }
            });
        } else {
            future.complete(values.toJava(result));
        }
    }

    /** Calls {@code then} once {@code promise} settles; closes the promise handle. */
    void whenSettled(V8ValuePromise promise, Consumer<Settlement> then) throws JavetException {
        try (promise) {
            int id = nextSettlementId++;
            settlements.put(id, then);
            try (V8Value idValue = v8.createV8ValueInteger(id)) {
                track.callVoid(null, promise, idValue);
            }
        }
    }

    /** The end of {@link #whenSettled}: {@code track}'s handlers report here. */
    void settled(int id, boolean fulfilled, Object value, V8Value reason) throws JavetException {
        Consumer<Settlement> then = settlements.remove(id);
        if (then != null) {
            then.accept(fulfilled ? new Settlement(true, value, null) : new Settlement(false, null, errorOf(reason)));
        }
    }

    /** A promise for JS that settles when {@code future} completes, keeping the loop alive meanwhile. */
    V8ValuePromise promiseOf(CompletableFuture<?> future) throws JavetException {
        V8ValuePromise resolver = v8.createV8ValuePromise();
        V8ValuePromise promise = resolver.getPromise();
        PendingOperation operation = begin();
        future.whenComplete((value, failure) -> operation.complete(() -> settleResolver(resolver, value, failure)));
        return promise;
    }

    private void settleResolver(V8ValuePromise resolver, Object value, Throwable failure) {
        try (resolver) {
            if (failure == null) {
                try (V8Value v = values.toJs(value)) {
                    resolver.resolve(v);
                }
            } else {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause() : failure;
                try (V8Value error = newError(cause)) {
                    resolver.reject(error);
                }
            }
        } catch (JavetException | RuntimeException e) {
            reportUncaught(e instanceof JavetException je ? error(je) : Errors.fromJava(e), false);
        }
    }

    private V8Value newError(Throwable cause) throws JavetException {
        String errorClass = cause instanceof JsException js && js.errorClass() != null ? js.errorClass() : "Error";
        String message = cause instanceof JsException js ? js.jsMessage()
                : cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
        try (V8ValueFunction constructor = globalFunction(errorClass);
             V8Value text = v8.createV8ValueString(message)) {
            return constructor.callAsConstructor(text);
        }
    }

    /**
     * Fires "unhandledrejection" at the global object; false when a listener canceled it. A listener
     * that throws is reported like any uncaught error, and the rejection is still reported.
     */
    boolean dispatchUnhandledRejection(V8Value promise, V8Value reason) {
        try (V8Value result = unhandledRejection.call(null, promise, reason)) {
            return !(result instanceof com.caoccao.javet.values.primitive.V8ValueBoolean b) || b.getValue();
        } catch (JavetException e) {
            reportUncaught(error(e), false);
            return true;
        }
    }

    /** Fires {@code rejectionhandled} at the global object; a listener's exception is reported. */
    void dispatchRejectionHandled(V8Value promise, V8Value reason) {
        try {
            rejectionHandled.callVoid(null, promise, reason);
        } catch (JavetException e) {
            reportUncaught(error(e), false);
        }
    }

    /** Describes a thrown value (an Error or anything else) as a JsException, without closing it. */
    JsException errorOf(V8Value value) throws JavetException {
        try (V8ValueArray description = describeError.call(null, value)) {
            String errorClass = description.getString(0);
            String message = description.getString(1);
            String stack = description.getString(2);
            return withSourceMaps(Errors.fromDescription(errorClass, message == null ? "" : message, stack));
        }
    }

    // ---- modules ----------------------------------------------------------------------------------------

    /**
     * Loads (from {@code source} when not null, else through the resolver chain), links and evaluates the
     * entry module at {@code url}; completes with its namespace.
     */
    public void evalModule(URI url, String source, CompletableFuture<org.ionjs.runtime.JsObject> future) throws JavetException {
        modules().markMain(url);
        V8Module module;
        try {
            module = source != null ? modules.loadSource(url, source)
                    : modules.load(new ModuleRequest(url.toString(), null, Map.of(), false), false);
        } catch (Exception e) {
            future.completeExceptionally(loadFailure(e));
            return;
        }
        evaluate(module, future);
    }

    /** Resolves, loads and links the module at {@code url} and its static imports, without evaluating any. */
    public void linkModule(URI url, CompletableFuture<Void> future) throws JavetException {
        V8Module module;
        try {
            module = modules().load(new ModuleRequest(url.toString(), null, Map.of(), false), false);
            if (module.getStatus() == V8Module.Uninstantiated && !module.instantiate()) {
                RuntimeException failure = modules.takeFailure();
                throw failure != null ? failure : new JsLoadException("Cannot link module " + url);
            }
        } catch (Exception e) {
            future.completeExceptionally(loadFailure(e));
            return;
        }
        future.complete(null);
    }

    /** {@code import(specifier, { with })} from the module at {@code referrer}: a promise of the namespace. */
    CompletableFuture<Object> dynamicImport(String specifier, Map<String, String> attributes, URI referrer) {
        CompletableFuture<Object> future = new CompletableFuture<>();
        PendingOperation operation = begin();
        operation.complete(() -> {
            CompletableFuture<org.ionjs.runtime.JsObject> namespace = new CompletableFuture<>();
            namespace.whenComplete((value, error) -> {
                if (error == null) {
                    future.complete(value);
                } else {
                    future.completeExceptionally(error);
                }
            });
            try {
                evaluate(modules().load(new ModuleRequest(specifier, referrer, attributes, false), true), namespace);
            } catch (Exception e) {
                namespace.completeExceptionally(loadFailure(e));
            }
        });
        return future;
    }

    private void evaluate(V8Module module, CompletableFuture<org.ionjs.runtime.JsObject> future) throws JavetException {
        try {
            // Only a fresh module links; one imported before is linked (or errored) already.
            if (module.getStatus() == V8Module.Uninstantiated && !module.instantiate()) {
                RuntimeException failure = modules.takeFailure();
                future.completeExceptionally(failure != null ? failure : new JsLoadException("Cannot link module " + module.getResourceName()));
                return;
            }
        } catch (JavetException e) {
            RuntimeException failure = modules.takeFailure();
            future.completeExceptionally(failure != null ? failure : error(e));
            return;
        }
        V8Value result = module.evaluate(true);
        if (!(result instanceof V8ValuePromise promise)) {
            result.close();
            future.complete(namespaceOf(module));
            return;
        }
        whenSettled(promise, s -> {
            if (s.fulfilled()) {
                try {
                    future.complete(namespaceOf(module));
                } catch (JavetException e) {
                    future.completeExceptionally(error(e));
                }
            } else {
                future.completeExceptionally(s.error());
            }
        });
    }

    private RuntimeException loadFailure(Exception e) {
        if (e instanceof JavetException javet) {
            RuntimeException failure = modules.takeFailure();
            return failure != null ? failure : error(javet);
        }
        return ModuleLoader.toHostException(e);
    }

    /** This context's module loader, made (and handed to V8) on first use. */
    ModuleLoader modules() {
        if (modules == null) {
            modules = new ModuleLoader(this, config.modules());
            v8.setV8ModuleResolver(modules);
        }
        return modules;
    }

    private org.ionjs.runtime.JsObject namespaceOf(V8Module module) throws JavetException {
        return handle((V8ValueReference) module.getNamespace());
    }

    /** From the first module with a source map on, stack traces are mapped (see 01_core.js). */
    void sourceMapsInUse() throws JavetException {
        if (!sourceMapsInUse) {
            sourceMapsInUse = true;
            internals.invokeVoid("mapStackTraces");
        }
    }

    /** Stack frames with the positions in transpiled modules mapped back to their source. */
    String mapStackFrames(String frames) {
        return modules == null ? frames : modules.sourceMaps().mapStack(frames);
    }

    /**
     * The error with its position mapped back to the original source when V8 gave the position of
     * emitted code: a stack's frames are mapped already (by the core's Error.prepareStackTrace), but a
     * thrown value with no stack carries V8's raw position.
     */
    JsException withSourceMaps(JsException error) {
        if (modules == null || error.fileName() == null || error.line() <= 0
                || (error.jsStack() != null && error.jsStack().contains("\n    at "))) {
            return error;
        }
        SourceMaps.Position original;
        try {
            original = modules.sourceMaps().map(URI.create(error.fileName()), error.line(), error.column());
        } catch (IllegalArgumentException e) {
            return error;
        }
        if (original.line() == error.line() && original.column() == error.column()) {
            return error;
        }
        // V8's source line is of the emitted code; the printer reads the original one.
        return new JsException(error.errorClass(), error.jsMessage(), error.jsStack(), error.fileName(),
                original.line(), original.column(), null);
    }

    // ---- values and handles ---------------------------------------------------------------------------

    Values values() {
        return values;
    }

    public Object toJava(V8Value value) throws JavetException {
        return values.toJava(value);
    }

    public V8Value toJs(Object value) throws JavetException {
        return values.toJs(value);
    }

    Ref ref(V8ValueReference value) {
        return new Ref(this, value);
    }

    /** A typed handle that takes ownership of {@code reference}. */
    public org.ionjs.runtime.JsObject handle(V8ValueReference reference) {
        ApiAccess api = ApiAccess.get();
        if (reference instanceof V8ValueFunction) {
            return api.newFunction(ref(reference));
        }
        if (reference instanceof V8ValuePromise) {
            return api.newPromise(ref(reference));
        }
        if (reference instanceof V8ValueArray) {
            return api.newArray(ref(reference));
        }
        return api.newObject(ref(reference));
    }

    /** Calls {@code function} with Java arguments; the result is converted to Java. */
    public Object callFunction(V8ValueFunction function, V8ValueObject receiver, Object[] args) throws JavetException {
        return values.toJava(callFunctionRaw(function, receiver, args));
    }

    /** Calls {@code function} with Java arguments; the caller owns the result. */
    public V8Value callFunctionRaw(V8ValueFunction function, V8ValueObject receiver, Object[] args) throws JavetException {
        V8Value[] converted = new V8Value[args.length];
        try {
            for (int i = 0; i < args.length; i++) {
                converted[i] = values.toJs(args[i]);
            }
            return function.call(receiver, converted);
        } finally {
            for (V8Value value : converted) {
                if (value != null) {
                    value.close();
                }
            }
        }
    }

    public JsException error(JavetException e) {
        return Errors.fromJavet(this, e);
    }

    /** The public handle of this context. */
    public Object owner() {
        return owner;
    }

    public void owner(Object owner) {
        this.owner = owner;
    }

    boolean isPlainObject(V8ValueObject object) throws JavetException {
        try (V8Value result = isPlainObject.call(null, object)) {
            return result instanceof com.caoccao.javet.values.primitive.V8ValueBoolean b && b.getValue();
        }
    }

    /** Any thread: queues a V8 reference to be closed on the loop. */
    void releaseLater(V8ValueReference value) {
        if (!closed.get()) {
            releases.add(value);
        }
    }

    private void releasePending() {
        for (V8ValueReference value; (value = releases.poll()) != null; ) {
            try {
                value.close();
            } catch (JavetException ignored) {
                // already released with its context
            }
        }
    }

    // ---- termination and closing ------------------------------------------------------------------------

    /** Any thread: stops the running JS and drops queued work and timers; the context stays usable. */
    public void terminate() {
        if (closed.get()) {
            return;
        }
        stopRunningScript();
        loop.execute(this::afterTerminate);
    }

    /**
     * Any thread: interrupts the JavaScript this context is running, if any, and holds back its queued
     * tasks until the loop has dealt with the request. {@code running} only changes under the lock, and a
     * context is closed only between tasks, so the isolate interrupted here is still this context's.
     */
    private void stopRunningScript() {
        synchronized (runLock) {
            terminateRequested = true;
            if (running) {
                v8.terminateExecution();
            }
        }
    }

    private void afterTerminate() {
        synchronized (runLock) {
            terminateRequested = false;
        }
        if (closed.get()) {
            return;
        }
        v8.cancelTerminateExecution();
        dropPendingWork(new JsTerminatedException("Execution of context " + name() + " was terminated by JsContext.terminate()"));
        checkIdle();
    }

    private void dropPendingWork(JsTerminatedException reason) {
        timers.clear();
        List<Consumer<Settlement>> abandoned = List.copyOf(settlements.values());
        settlements.clear();
        abandoned.forEach(then -> then.accept(new Settlement(false, null, reason)));
        for (Task task; (task = macrotasks.poll()) != null; ) {
            task.abandon(reason);
        }
    }

    /** Loop thread: closes now. */
    void closeOnLoop() {
        loop.assertInEventLoop();
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        dropPendingWork(closedException());
        idleWaiters.forEach(w -> w.complete(null));
        idleWaiters.clear();
        releases.clear();
        loop.unregister(this);
        IsolateSupply.close(v8);
    }

    /** Any thread: stops running JS, closes on the loop, and returns a future that completes when closed. */
    public CompletableFuture<Void> close() {
        CompletableFuture<Void> done = new CompletableFuture<>();
        if (closed.get()) {
            done.complete(null);
            return done;
        }
        if (!loop.inEventLoop()) {
            stopRunningScript();
        }
        if (!loop.execute(() -> {
            closeOnLoop();
            done.complete(null);
        })) {
            done.complete(null);
        }
        return done;
    }

    boolean v8IsTerminating() {
        synchronized (runLock) {
            return terminateRequested;
        }
    }

    public boolean isClosed() {
        return closed.get();
    }

    JsTerminatedException closedException() {
        return new JsTerminatedException("JsContext " + name() + " is closed");
    }

    void checkUsable() {
        loop.assertInEventLoop();
        if (closed.get()) {
            throw new IllegalStateException("JsContext " + name() + " is closed; create a new context");
        }
    }

    public V8Runtime v8() {
        checkUsable();
        return v8;
    }

    public WorkerLoop loop() {
        return loop;
    }

    public String name() {
        return options.name();
    }
}
