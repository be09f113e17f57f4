package org.ionjs.runtime;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.reference.V8ValueFunction;
import org.ionjs.runtime.internal.Ref;

import java.util.concurrent.CompletableFuture;

/**
 * A handle to a JavaScript function. {@link #call} runs it at once on the loop thread;
 * {@link #callAsync} may be used from any thread and posts the call to the loop.
 */
public final class JsFunction extends JsObject {

    JsFunction(Ref ref) {
        super(ref);
    }

    /** Loop thread only: calls the function with {@code this} undefined and returns its result converted. */
    public Object call(Object... args) {
        try {
            return core().callFunction((V8ValueFunction) ref.value(), null, args);
        } catch (JavetException e) {
            throw wrap(core(), e);
        }
    }

    /**
     * Any thread: calls the function as a macrotask of its context. When it returns a promise, the future
     * completes when the promise settles.
     */
    public CompletableFuture<Object> callAsync(Object... args) {
        return core().submit(future -> core().settle(core().callFunctionRaw((V8ValueFunction) ref.value(), null, args), future));
    }
}
