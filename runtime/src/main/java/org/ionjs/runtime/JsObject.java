package org.ionjs.runtime;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.IV8ValueArray;
import com.caoccao.javet.values.reference.V8ValueFunction;
import com.caoccao.javet.values.reference.V8ValueObject;
import com.caoccao.javet.values.reference.V8ValueReference;
import org.ionjs.runtime.internal.ContextCore;
import org.ionjs.runtime.internal.Ref;

import java.util.ArrayList;
import java.util.List;

/**
 * A handle to a JavaScript object. Loop thread only (see {@link JsValue}); values read are converted
 * to Java as {@link JsContext} describes.
 */
public sealed class JsObject extends JsValue permits JsArray, JsFunction, JsPromise {

    JsObject(Ref ref) {
        super(ref);
    }

    V8ValueObject object() {
        return (V8ValueObject) ref.value();
    }

    ContextCore core() {
        return ref.core();
    }

    /** The property converted to Java, or null when it is undefined or null. */
    public Object get(String key) {
        try {
            return core().toJava(object().get(key));
        } catch (JavetException e) {
            throw wrap(core(), e);
        }
    }

    /** The property as a handle, without converting arrays and plain objects; null when it is not an object. */
    public JsObject getObject(String key) {
        try {
            V8Value value = object().get(key);
            if (value instanceof V8ValueReference reference && value instanceof V8ValueObject) {
                return core().handle(reference);
            }
            value.close();
            return null;
        } catch (JavetException e) {
            throw wrap(core(), e);
        }
    }

    public void set(String key, Object value) {
        try (V8Value v = core().toJs(value)) {
            object().set(key, v);
        } catch (JavetException e) {
            throw wrap(core(), e);
        }
    }

    public boolean has(String key) {
        try {
            return object().has(key);
        } catch (JavetException e) {
            throw wrap(core(), e);
        }
    }

    public boolean delete(String key) {
        try {
            return object().delete(key);
        } catch (JavetException e) {
            throw wrap(core(), e);
        }
    }

    /** Own enumerable string keys, as {@code Object.keys} gives them. */
    public List<String> keys() {
        try (IV8ValueArray names = object().getOwnPropertyNames()) {
            int length = names.getLength();
            List<String> keys = new ArrayList<>(length);
            for (int i = 0; i < length; i++) {
                keys.add(names.getString(i));
            }
            return keys;
        } catch (JavetException e) {
            throw wrap(core(), e);
        }
    }

    /** Calls method {@code name} with this object as receiver and returns its result converted. */
    public Object invoke(String name, Object... args) {
        try {
            V8Value member = object().get(name);
            if (!(member instanceof V8ValueFunction function)) {
                member.close();
                throw new IllegalArgumentException("Cannot invoke \"" + name + "\": it is not a function on " + this);
            }
            try (function) {
                return core().callFunction(function, object(), args);
            }
        } catch (JavetException e) {
            throw wrap(core(), e);
        }
    }
}
