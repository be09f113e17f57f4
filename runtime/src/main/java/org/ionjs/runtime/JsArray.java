package org.ionjs.runtime;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueArray;
import org.ionjs.runtime.internal.Ref;

import java.util.ArrayList;
import java.util.List;

/** A handle to a JavaScript array. Loop thread only. */
public final class JsArray extends JsObject {

    JsArray(Ref ref) {
        super(ref);
    }

    private V8ValueArray array() {
        return (V8ValueArray) ref.value();
    }

    public int length() {
        try {
            return array().getLength();
        } catch (JavetException e) {
            throw wrap(core(), e);
        }
    }

    public Object get(int index) {
        try {
            return core().toJava(array().get(index));
        } catch (JavetException e) {
            throw wrap(core(), e);
        }
    }

    public void set(int index, Object value) {
        try (V8Value v = core().toJs(value)) {
            array().set(index, v);
        } catch (JavetException e) {
            throw wrap(core(), e);
        }
    }

    /** Appends, as {@code Array.prototype.push} would (without calling it, in case user code replaced it). */
    public void add(Object value) {
        try (V8Value v = core().toJs(value)) {
            array().set(array().getLength(), v);
        } catch (JavetException e) {
            throw wrap(core(), e);
        }
    }

    /** A Java copy of the elements, each converted. */
    public List<Object> toList() {
        int length = length();
        List<Object> list = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            list.add(get(i));
        }
        return list;
    }
}
