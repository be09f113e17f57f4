package org.ionjs.runtime.internal;

import com.caoccao.javet.enums.V8ValueReferenceType;
import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.primitive.V8ValueBigInteger;
import com.caoccao.javet.values.primitive.V8ValueBoolean;
import com.caoccao.javet.values.primitive.V8ValueDouble;
import com.caoccao.javet.values.primitive.V8ValueInteger;
import com.caoccao.javet.values.primitive.V8ValueLong;
import com.caoccao.javet.values.primitive.V8ValueNull;
import com.caoccao.javet.values.primitive.V8ValueString;
import com.caoccao.javet.values.primitive.V8ValueUndefined;
import com.caoccao.javet.values.primitive.V8ValueZonedDateTime;
import com.caoccao.javet.values.reference.IV8ValueArray;
import com.caoccao.javet.values.reference.V8ValueArray;
import com.caoccao.javet.values.reference.V8ValueArrayBuffer;
import com.caoccao.javet.values.reference.V8ValueFunction;
import com.caoccao.javet.values.reference.V8ValueObject;
import com.caoccao.javet.values.reference.V8ValuePromise;
import com.caoccao.javet.values.reference.V8ValueReference;
import com.caoccao.javet.values.reference.V8ValueTypedArray;
import org.ionjs.runtime.HostFunction;
import org.ionjs.runtime.JsValue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Converts values between Java and JavaScript for one context, on its loop thread.
 *
 * <p>JavaScript to Java: undefined/null to null, booleans, numbers to Integer (when integral and in int
 * range) or Double, BigInt to BigInteger, strings, arrays to List, plain objects to Map, Uint8Array and
 * ArrayBuffer to byte[], dates to Instant, functions to JsFunction, promises to JsPromise, anything else
 * to a JsObject (or JsValue) handle. Java to JavaScript is the reverse, plus Long/Float/Short/Byte,
 * Object[], HostFunction to a function and CompletableFuture to a promise.
 */
final class Values {
    /** Deeper structures are almost always cycles through non-plain objects or mistakes. */
    private static final int MAX_DEPTH = 1000;

    private final ContextCore core;

    Values(ContextCore core) {
        this.core = core;
    }

    /** Converts and closes {@code value} (unless it becomes a handle, which then owns it). */
    Object toJava(V8Value value) throws JavetException {
        return toJava(value, 0);
    }

    private Object toJava(V8Value value, int depth) throws JavetException {
        if (value == null || value instanceof V8ValueUndefined || value instanceof V8ValueNull) {
            return null;
        }
        if (value instanceof V8ValueBoolean b) {
            return b.getValue();
        }
        if (value instanceof V8ValueInteger i) {
            return i.getValue();
        }
        if (value instanceof V8ValueDouble d) {
            return normalize(d.getValue());
        }
        if (value instanceof V8ValueString s) {
            return s.getValue();
        }
        if (value instanceof V8ValueLong l) {
            return BigInteger.valueOf(l.getValue());
        }
        if (value instanceof V8ValueBigInteger b) {
            return b.getValue();
        }
        if (value instanceof V8ValueZonedDateTime date) {
            return date.getValue().toInstant();
        }
        if (!(value instanceof V8ValueReference reference)) {
            value.close();
            throw new IllegalArgumentException("Cannot convert a JavaScript " + value.getClass().getSimpleName() + " to Java");
        }
        if (depth > MAX_DEPTH) {
            reference.close();
            throw new IllegalArgumentException("Cannot convert a JavaScript value nested deeper than " + MAX_DEPTH
                    + " levels to Java; pass a flatter structure or a handle");
        }
        ApiAccess api = ApiAccess.get();
        if (reference instanceof V8ValueFunction) {
            return api.newFunction(core.ref(reference));
        }
        if (reference instanceof V8ValuePromise) {
            return api.newPromise(core.ref(reference));
        }
        if (reference instanceof V8ValueArray array) {
            try (array) {
                int length = array.getLength();
                List<Object> list = new ArrayList<>(length);
                for (int i = 0; i < length; i++) {
                    list.add(toJava(array.get(i), depth + 1));
                }
                return list;
            }
        }
        if (reference instanceof V8ValueTypedArray typed && typed.getType() == V8ValueReferenceType.Uint8Array) {
            try (typed) {
                return typed.toBytes();
            }
        }
        if (reference instanceof V8ValueArrayBuffer buffer) {
            try (buffer) {
                return buffer.toBytes();
            }
        }
        if (reference instanceof V8ValueObject object && core.isPlainObject(object)) {
            try (object) {
                Map<String, Object> map = new LinkedHashMap<>();
                try (IV8ValueArray keys = object.getOwnPropertyNames()) {
                    int length = keys.getLength();
                    for (int i = 0; i < length; i++) {
                        String key = keys.getString(i);
                        map.put(key, toJava(object.get(key), depth + 1));
                    }
                }
                return map;
            }
        }
        if (reference instanceof V8ValueObject) {
            return api.newObject(core.ref(reference));
        }
        return api.newValue(core.ref(reference));
    }

    /** Integral values in int range arrive as Integer, so JS {@code 1 + 1} compares equal to Java {@code 2}. */
    static Object normalize(double d) {
        int i = (int) d;
        if (i == d && !(d == 0 && Double.doubleToRawLongBits(d) != 0)) {
            return i;
        }
        return d;
    }

    /** A new V8 value for {@code object}; the caller closes it. */
    V8Value toJs(Object object) throws JavetException {
        V8Runtime v8 = core.v8();
        if (object == null) {
            return v8.createV8ValueNull();
        }
        if (object instanceof String s) {
            return v8.createV8ValueString(s);
        }
        if (object instanceof Integer i) {
            return v8.createV8ValueInteger(i);
        }
        if (object instanceof Boolean b) {
            return v8.createV8ValueBoolean(b);
        }
        if (object instanceof Double d) {
            return v8.createV8ValueDouble(d);
        }
        if (object instanceof Long l) {
            return v8.createV8ValueDouble(l);
        }
        if (object instanceof Short || object instanceof Byte) {
            return v8.createV8ValueInteger(((Number) object).intValue());
        }
        if (object instanceof Float f) {
            return v8.createV8ValueDouble(f);
        }
        if (object instanceof Character c) {
            return v8.createV8ValueString(String.valueOf(c));
        }
        if (object instanceof BigInteger b) {
            return v8.createV8ValueBigInteger(b);
        }
        if (object instanceof JsValue handle) {
            Ref ref = ApiAccess.get().refOf(handle);
            if (ref.core() != core) {
                throw new IllegalArgumentException("Cannot pass a value of context " + ref.core().name()
                        + " to context " + core.name() + "; each context is its own V8 isolate, so convert it to Java first");
            }
            return ref.value().toClone();
        }
        if (object instanceof byte[] bytes) {
            V8ValueTypedArray array = v8.createV8ValueTypedArray(V8ValueReferenceType.Uint8Array, bytes.length);
            array.fromBytes(bytes);
            return array;
        }
        if (object instanceof HostFunction function) {
            return core.newHostFunction("", function);
        }
        if (object instanceof CompletableFuture<?> future) {
            return core.promiseOf(future);
        }
        if (object instanceof Map<?, ?> map) {
            V8ValueObject result = v8.createV8ValueObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                try (V8Value value = toJs(entry.getValue())) {
                    result.set(String.valueOf(entry.getKey()), value);
                }
            }
            return result;
        }
        if (object instanceof Collection<?> collection) {
            return array(collection.toArray());
        }
        if (object instanceof Object[] items) {
            return array(items);
        }
        throw new IllegalArgumentException("Cannot convert Java " + object.getClass().getName()
                + " to JavaScript; use a primitive, String, List, Map, byte[], HostFunction, CompletableFuture or a JsValue");
    }

    /**
     * Sets elements by index: Javet's {@code push} calls {@code Array.prototype.push}, which runs JavaScript
     * (slower, and user code may have replaced it).
     */
    private V8ValueArray array(Object[] items) throws JavetException {
        V8ValueArray array = core.v8().createV8ValueArray();
        for (int i = 0; i < items.length; i++) {
            try (V8Value value = toJs(items[i])) {
                array.set(i, value);
            }
        }
        return array;
    }
}
