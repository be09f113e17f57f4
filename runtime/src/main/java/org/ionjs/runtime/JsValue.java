package org.ionjs.runtime;

import com.caoccao.javet.exceptions.JavetException;
import org.ionjs.runtime.internal.ApiAccess;
import org.ionjs.runtime.internal.ContextCore;
import org.ionjs.runtime.internal.Ref;

/**
 * A handle to a JavaScript value that has no plain Java form (a symbol, say); the base of the typed
 * handles. A handle belongs to one context; its methods run on that context's loop thread (inside
 * {@link JsContext#execute}) unless they say otherwise. It is released when Java no longer reaches it,
 * or when its context closes.
 */
public sealed class JsValue permits JsObject {
    static {
        ApiAccess.install(new Access());
    }

    final Ref ref;

    JsValue(Ref ref) {
        this.ref = ref;
        ref.releaseWhenUnreachable(this);
    }

    /** The context this value lives in. Any thread. */
    public JsContext context() {
        return ApiAccess.get().contextOf(ref.core());
    }

    /** JavaScript's {@code String(value)}. Loop thread only. */
    @Override
    public String toString() {
        if (!ref.core().loop().inEventLoop() || ref.core().isClosed()) {
            return getClass().getSimpleName() + "@" + ref.core().name();
        }
        try {
            return ref.value().toString();
        } catch (RuntimeException e) {
            return getClass().getSimpleName() + "@" + ref.core().name();
        }
    }

    static JsException wrap(ContextCore core, JavetException e) {
        return core.error(e);
    }

    private static final class Access extends ApiAccess {
        @Override
        public JsValue newValue(Ref ref) {
            return new JsValue(ref);
        }

        @Override
        public JsObject newObject(Ref ref) {
            return new JsObject(ref);
        }

        @Override
        public JsArray newArray(Ref ref) {
            return new JsArray(ref);
        }

        @Override
        public JsFunction newFunction(Ref ref) {
            return new JsFunction(ref);
        }

        @Override
        public JsPromise newPromise(Ref ref) {
            return new JsPromise(ref);
        }

        @Override
        public Ref refOf(JsValue value) {
            return value.ref;
        }

        @Override
        public JsScope newScope(ContextCore core) {
            return new JsScope(core);
        }

        @Override
        public JsContext contextOf(ContextCore core) {
            return JsContext.of(core);
        }
    }
}
