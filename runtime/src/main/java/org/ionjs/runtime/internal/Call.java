package org.ionjs.runtime.internal;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.primitive.V8ValueBoolean;
import com.caoccao.javet.values.primitive.V8ValueNumber;
import com.caoccao.javet.values.primitive.V8ValueString;
import com.caoccao.javet.values.reference.V8ValueFunction;
import org.ionjs.runtime.JsFunction;
import org.ionjs.runtime.spi.HostContext;
import org.ionjs.runtime.spi.OpCall;
import org.ionjs.runtime.spi.OpException;

/** One op call: typed access to its arguments, which Javet closes when the call returns. */
final class Call implements OpCall {
    private static final V8Value[] NONE = new V8Value[0];

    private final ContextCore core;
    private final String op;
    private final V8Value[] args;

    Call(ContextCore core, String op, V8Value[] args) {
        this.core = core;
        this.op = op;
        this.args = args == null ? NONE : args;
    }

    @Override
    public int length() {
        return args.length;
    }

    /** The context the op was called in. */
    ContextCore core() {
        return core;
    }

    /** The raw argument, still owned by Javet (valid during the call only). */
    V8Value raw(int index) {
        return index < args.length ? args[index] : null;
    }

    @Override
    public Object arg(int index) {
        V8Value value = raw(index);
        if (value == null) {
            return null;
        }
        try {
            return core.values().toJava(value instanceof com.caoccao.javet.values.reference.V8ValueReference r ? r.toClone() : value);
        } catch (JavetException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String string(int index) {
        if (raw(index) instanceof V8ValueString s) {
            return s.getValue();
        }
        throw wrongType(index, "a string");
    }

    @Override
    public double number(int index) {
        if (raw(index) instanceof V8ValueNumber<?> n) {
            return ((Number) n.getValue()).doubleValue();
        }
        throw wrongType(index, "a number");
    }

    @Override
    public int integer(int index) {
        double d = number(index);
        if (d != Math.rint(d) || d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) {
            throw wrongType(index, "an integer");
        }
        return (int) d;
    }

    @Override
    public boolean bool(int index) {
        if (raw(index) instanceof V8ValueBoolean b) {
            return b.getValue();
        }
        throw wrongType(index, "a boolean");
    }

    @Override
    public JsFunction function(int index) {
        if (raw(index) instanceof V8ValueFunction f) {
            try {
                return ApiAccess.get().newFunction(core.ref(f.toClone()));
            } catch (JavetException e) {
                throw new IllegalStateException(e);
            }
        }
        throw wrongType(index, "a function");
    }

    @Override
    public HostContext host() {
        return core;
    }

    private OpException wrongType(int index, String expected) {
        V8Value value = raw(index);
        return OpException.typeError("Argument " + (index + 1) + " of " + op + " must be " + expected + ", got "
                + (value == null ? "nothing" : value.getClass().getSimpleName().replace("V8Value", "").toLowerCase()));
    }
}
