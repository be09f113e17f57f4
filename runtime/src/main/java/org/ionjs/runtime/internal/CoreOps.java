package org.ionjs.runtime.internal;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.IV8Native;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8ValueArray;
import com.caoccao.javet.values.reference.V8ValuePromise;
import com.caoccao.javet.values.reference.V8ValueProxy;
import com.caoccao.javet.values.reference.V8ValueReference;
import com.caoccao.javet.values.primitive.V8ValueZonedDateTime;
import org.ionjs.runtime.spi.Op;
import org.ionjs.runtime.spi.OpException;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;

import java.util.Map;

/**
 * The ops of the core's own script ({@code ion/core/01_core.js}): promise settlement for Java,
 * "report the exception", and the V8 introspection JavaScript cannot do itself (a promise's state, a
 * proxy's target), which the core hands to the standard library through {@code internals}.
 */
final class CoreOps {
    private CoreOps() {
    }

    /** The ops by name; each finds its context through its call. */
    static final Map<String, Op> OPS = Map.ofEntries(
            Map.entry("op_settled", call -> {
                Call c = (Call) call;
                boolean fulfilled = c.bool(1);
                c.core().settled(c.integer(0), fulfilled, fulfilled ? c.arg(2) : null, fulfilled ? null : c.raw(2));
                return null;
            }),
            Map.entry("op_report_exception", call -> {
                ContextCore core = ((Call) call).core();
                core.reportUncaught(core.errorOf(((Call) call).raw(0)), false);
                return null;
            }),
            Map.entry("op_promise_state", call -> promiseState(((Call) call).core().v8(), ((Call) call).raw(0))),
            Map.entry("op_proxy_details", call -> proxyDetails(((Call) call).core().v8(), ((Call) call).raw(0))),
            Map.entry("op_value_kinds", call -> valueKinds((Call) call)),
            Map.entry("op_iterator_entries",
                    call -> IteratorEntries.of(((Call) call).core().v8(), ((Call) call).raw(0))),
            Map.entry("op_dynamic_import", call -> ((Call) call).core().dynamicImport(call.string(0),
                    attributes(call.arg(1)), URI.create(call.string(2)))),
            Map.entry("op_import_meta", call -> importMeta(((Call) call).core(), URI.create(call.string(0)))),
            Map.entry("op_import_meta_resolve", call -> resolve(((Call) call).core(), call.string(0),
                    URI.create(call.string(1)))),
            Map.entry("op_map_stack_frames", call -> ((Call) call).core().mapStackFrames(call.string(0))));

    /** Import attributes as the JavaScript side validated them: an object of strings, or nothing. */
    private static Map<String, String> attributes(Object value) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> attributes.put(String.valueOf(k), String.valueOf(v)));
        }
        return attributes;
    }

    /** {@code [main, filename, dirname]} of a module; file name and folder only for file: modules. */
    private static List<Object> importMeta(ContextCore core, URI url) {
        boolean main = core.modules().isMain(url);
        if (!"file".equals(url.getScheme())) {
            return java.util.Arrays.asList(main, null, null);
        }
        Path file = Path.of(url);
        return java.util.Arrays.asList(main, file.toString(), file.getParent() == null ? null : file.getParent().toString());
    }

    private static String resolve(ContextCore core, String specifier, URI referrer) throws Exception {
        try {
            return core.modules().resolveOnly(specifier, referrer).toString();
        } catch (RuntimeException e) {
            RuntimeException host = ModuleLoader.toHostException(e);
            throw host instanceof org.ionjs.runtime.JsException js ? new OpException("TypeError", js.jsMessage()) : host;
        }
    }

    /** {@code [state, result]} with state 0 pending, 1 fulfilled, 2 rejected; undefined for a non-promise. */
    private static V8Value promiseState(V8Runtime v8, V8Value value) throws JavetException {
        if (!(value instanceof V8ValuePromise promise)) {
            return v8.createV8ValueUndefined();
        }
        V8ValueArray result = v8.createV8ValueArray();
        result.set(0, promise.getState());
        try (V8Value settled = promise.getResult()) {
            result.set(1, settled);
        }
        return result;
    }

    /**
     * One letter per argument naming what V8 says the object is, from its internal type rather than anything
     * user code can fake or intercept (a proxy's traps never run): {@code P} proxy, {@code A} array, {@code D}
     * date, {@code R} regexp, {@code M} map, {@code S} set, {@code B} ArrayBuffer, {@code H} SharedArrayBuffer,
     * {@code T} typed array, {@code V} DataView, {@code E} native error, {@code b} Boolean, {@code n} Number,
     * {@code i} BigInt, {@code s} String and {@code y} Symbol wrappers, {@code X} another built-in with internal
     * state (promise, weak collection, iterator, function, module namespace, arguments), {@code O} any other object.
     * Many objects in one call: structuredClone classifies a whole level of an object graph at once.
     */
    private static String valueKinds(Call call) {
        char[] kinds = new char[call.length()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = kind(call.raw(i));
        }
        return new String(kinds);
    }

    private static char kind(V8Value value) {
        if (value instanceof V8ValueProxy) {
            return 'P';
        }
        if (value instanceof V8ValueZonedDateTime) {
            return 'D';
        }
        if (!(value instanceof V8ValueReference reference)) {
            return 'O';
        }
        return switch (reference.getType()) {
            case Array -> 'A';
            case RegExp -> 'R';
            case Map -> 'M';
            case Set -> 'S';
            case ArrayBuffer -> 'B';
            case SharedArrayBuffer -> 'H';
            case Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
                 Float16Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array -> 'T';
            case DataView -> 'V';
            case Error -> 'E';
            case BooleanObject -> 'b';
            case IntegerObject, DoubleObject -> 'n';
            case BigIntObject -> 'i';
            case StringObject -> 's';
            case SymbolObject -> 'y';
            case Promise, WeakMap, WeakSet, Iterator, Function, Module, Arguments -> 'X';
            default -> 'O';
        };
    }

    /** {@code [target, handler]} (null once revoked) for a proxy; undefined otherwise. */
    private static V8Value proxyDetails(V8Runtime v8, V8Value value) throws JavetException {
        if (!(value instanceof V8ValueProxy proxy)) {
            return v8.createV8ValueUndefined();
        }
        V8ValueArray result = v8.createV8ValueArray();
        setDetails(result, 0, proxy);
        return result;
    }

    /** Sets a proxy's target and handler at {@code index} and the next, or two nulls once it is revoked. */
    private static void setDetails(V8ValueArray result, int index, V8ValueProxy proxy) throws JavetException {
        if (proxy.isRevoked()) {
            result.setNull(index);
            result.setNull(index + 1);
            return;
        }
        try (V8Value target = ProxyParts.target(proxy); V8Value handler = ProxyParts.handler(proxy)) {
            result.set(index, target);
            result.set(index + 1, handler);
        }
    }

    /**
     * A proxy's target and handler as V8 returns them. Javet's own getters cast them to objects, which fails when one
     * is a Date (Javet hands dates to Java as a ZonedDateTime), so its native calls are made directly; where that is
     * not allowed, Javet's getters are the fallback.
     */
    private static final class ProxyParts {
        private static final java.lang.reflect.Field NATIVE = nativeField();

        private static java.lang.reflect.Field nativeField() {
            try {
                java.lang.reflect.Field field = V8Runtime.class.getDeclaredField("v8Native");
                field.setAccessible(true);
                return field;
            } catch (ReflectiveOperationException | RuntimeException e) {
                return null;
            }
        }

        static V8Value target(V8ValueProxy proxy) throws JavetException {
            IV8Native v8Native = v8Native(proxy);
            return v8Native == null ? (V8Value) proxy.getTarget() : (V8Value) v8Native.proxyGetTarget(
                    proxy.getV8Runtime().getHandle(), proxy.getHandle(), proxy.getType().getId());
        }

        static V8Value handler(V8ValueProxy proxy) throws JavetException {
            IV8Native v8Native = v8Native(proxy);
            return v8Native == null ? (V8Value) proxy.getHandler() : (V8Value) v8Native.proxyGetHandler(
                    proxy.getV8Runtime().getHandle(), proxy.getHandle(), proxy.getType().getId());
        }

        private static IV8Native v8Native(V8ValueProxy proxy) {
            try {
                return NATIVE == null ? null : (IV8Native) NATIVE.get(proxy.getV8Runtime());
            } catch (IllegalAccessException e) {
                return null;
            }
        }
    }
}
