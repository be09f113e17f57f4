package org.ionjs.runtime;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.reference.V8ValuePromise;
import org.ionjs.runtime.internal.LoopFuture;
import org.ionjs.runtime.internal.Ref;

import java.util.concurrent.CompletableFuture;

/** A handle to a JavaScript promise. Loop thread only. */
public final class JsPromise extends JsObject {

    /** A promise's state, as in the spec. */
    public enum State { PENDING, FULFILLED, REJECTED }

    JsPromise(Ref ref) {
        super(ref);
    }

    private V8ValuePromise promise() {
        return (V8ValuePromise) ref.value();
    }

    public State state() {
        try {
            return switch (promise().getState()) {
                case V8ValuePromise.STATE_PENDING -> State.PENDING;
                case V8ValuePromise.STATE_FULFILLED -> State.FULFILLED;
                default -> State.REJECTED;
            };
        } catch (JavetException e) {
            throw wrap(core(), e);
        }
    }

    /**
     * A future that completes with the fulfilled value (converted) or fails with the rejection as a
     * {@link JsException}. Attaching it counts as handling the rejection.
     */
    public CompletableFuture<Object> toFuture() {
        CompletableFuture<Object> future = new LoopFuture<>(core().loop());
        try {
            core().settle(promise().toClone(), future);
        } catch (JavetException e) {
            throw wrap(core(), e);
        }
        return future;
    }
}
