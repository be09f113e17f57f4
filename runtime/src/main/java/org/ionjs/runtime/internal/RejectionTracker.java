package org.ionjs.runtime.internal;

import com.caoccao.javet.enums.JavetPromiseRejectEvent;
import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValuePromise;
import com.caoccao.javet.values.reference.V8ValueReference;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * Promises rejected with no handler during the current macrotask. A handler attached later in the same
 * task (after the microtask checkpoint too) takes the promise off the list; what is left when the task
 * ends is reported as an unhandled rejection, as in Deno and HTML. A reported promise that is still
 * unhandled joins HTML's "outstanding rejected promises weak set" (weak handles, so it does not keep the
 * promise alive); a handler attached to it later fires {@code rejectionhandled} at the global, in a task.
 *
 * <p>Javet closes the promise and value right after its callback, so both are cloned here.
 */
final class RejectionTracker {
    private final ContextCore core;
    private final List<Rejection> pending = new ArrayList<>();
    private final List<Outstanding> outstanding = new ArrayList<>();
    private static final int MIN_PRUNE_AT = 64;
    private int pruneAt = MIN_PRUNE_AT;

    private record Rejection(V8ValuePromise promise, int hash, V8Value reason) {
    }

    private record Outstanding(V8ValuePromise weakPromise, int hash) {
    }

    RejectionTracker(ContextCore core) {
        this.core = core;
    }

    void onReject(JavetPromiseRejectEvent event, V8ValuePromise promise, V8Value value) {
        try {
            switch (event) {
                case PromiseRejectWithNoHandler -> {
                    V8Value reason = value instanceof V8ValueReference r ? r.toClone() : value;
                    pending.add(new Rejection(promise.toClone(), promise.getIdentityHash(), reason));
                }
                case PromiseHandlerAddedAfterReject -> {
                    if (!remove(promise)) {
                        handledLate(promise);
                    }
                }
                default -> {
                    // resolve/reject after resolved: V8 ignores them and so does the spec
                }
            }
        } catch (JavetException e) {
            throw new IllegalStateException("Cannot track a rejected promise: " + e.getMessage(), e);
        }
    }

    private boolean remove(V8ValuePromise promise) throws JavetException {
        int hash = promise.getIdentityHash();
        for (Iterator<Rejection> it = pending.iterator(); it.hasNext(); ) {
            Rejection rejection = it.next();
            if (rejection.hash == hash && rejection.promise.strictEquals(promise)) {
                it.remove();
                close(rejection);
                return true;
            }
        }
        return false;
    }

    /** A handler came for a promise already reported unhandled: queue the rejectionhandled event. */
    private void handledLate(V8ValuePromise promise) throws JavetException {
        int hash = promise.getIdentityHash();
        for (Iterator<Outstanding> it = outstanding.iterator(); it.hasNext(); ) {
            Outstanding entry = it.next();
            if (entry.weakPromise.isClosed()) {
                it.remove(); // collected: nobody can attach a handler to it any more
            } else if (entry.hash == hash && entry.weakPromise.strictEquals(promise)) {
                it.remove();
                entry.weakPromise.close();
                V8ValuePromise strong = promise.toClone();
                core.enqueueTask(() -> {
                    try (strong; V8Value reason = strong.getResult()) {
                        core.dispatchRejectionHandled(strong, reason);
                    }
                });
                return;
            }
        }
    }

    private void remember(Rejection rejection) throws JavetException {
        if (outstanding.size() >= pruneAt) {
            // Collected promises leave closed handles behind; dropping them now and then keeps a program that
            // cancels many unhandledrejection events from growing this list for ever.
            outstanding.removeIf(entry -> entry.weakPromise.isClosed());
            pruneAt = Math.max(MIN_PRUNE_AT, outstanding.size() * 2);
        }
        V8ValuePromise weak = rejection.promise.toClone();
        weak.setWeak();
        outstanding.add(new Outstanding(weak, rejection.hash));
    }

    /** Reports and forgets every rejection still unhandled. */
    void flush() {
        while (!pending.isEmpty()) {
            Rejection rejection = pending.remove(0);
            try {
                if (core.dispatchUnhandledRejection(rejection.promise, rejection.reason)) {
                    core.reportUncaught(core.errorOf(rejection.reason), true);
                }
                if (!rejection.promise.hasHandler()) {
                    remember(rejection);
                }
            } catch (JavetException e) {
                core.reportUncaught(Errors.fromJava(e), true);
            } finally {
                close(rejection);
            }
        }
    }

    private static void close(Rejection rejection) {
        try {
            rejection.promise.close();
            rejection.reason.close();
        } catch (JavetException ignored) {
            // released with the context
        }
    }
}
