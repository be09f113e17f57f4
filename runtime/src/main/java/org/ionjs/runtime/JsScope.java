package org.ionjs.runtime;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.reference.V8ValueFunction;
import org.ionjs.runtime.internal.ContextCore;

/**
 * Direct access to a context's JavaScript from Java code that runs on its loop thread, given to
 * {@link JsContext#execute}. Valid only during that call.
 */
public final class JsScope {
    private final ContextCore core;

    JsScope(ContextCore core) {
        this.core = core;
    }

    public JsContext context() {
        return JsContext.of(core);
    }

    /** The global object. */
    public JsObject global() {
        try {
            return core.handle(core.v8().getGlobalObject());
        } catch (JavetException e) {
            throw JsValue.wrap(core, e);
        }
    }

    /** Evaluates a classic script and returns its completion value converted to Java. */
    public Object eval(String code) {
        return eval(code, JsContext.EVAL_NAME);
    }

    public Object eval(String code, String fileName) {
        try {
            return core.toJava(core.v8().getExecutor(code).setResourceName(fileName).execute());
        } catch (JavetException e) {
            throw JsValue.wrap(core, e);
        }
    }

    public JsObject newObject() {
        try {
            return core.handle(core.v8().createV8ValueObject());
        } catch (JavetException e) {
            throw JsValue.wrap(core, e);
        }
    }

    public JsArray newArray() {
        try {
            return (JsArray) core.handle(core.v8().createV8ValueArray());
        } catch (JavetException e) {
            throw JsValue.wrap(core, e);
        }
    }

    /** A JavaScript function that calls {@code function}; see {@link HostFunction}. */
    public JsFunction newFunction(HostFunction function) {
        try (var value = core.toJs(function)) {
            return (JsFunction) core.handle(((V8ValueFunction) value).toClone());
        } catch (JavetException e) {
            throw JsValue.wrap(core, e);
        }
    }
}
