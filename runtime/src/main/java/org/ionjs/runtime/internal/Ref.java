package org.ionjs.runtime.internal;

import com.caoccao.javet.values.reference.V8ValueReference;

import java.lang.ref.Cleaner;

/**
 * A JavaScript reference held by a Java handle. When the handle becomes unreachable, a {@link Cleaner}
 * hands the V8 reference back to its context's loop to be released there (V8 handles are released on
 * the loop thread only).
 */
public final class Ref {
    private static final Cleaner CLEANER = Cleaner.create(Thread.ofPlatform().daemon().name("ion-handle-cleaner").factory());

    private final ContextCore core;
    private final V8ValueReference value;

    Ref(ContextCore core, V8ValueReference value) {
        this.core = core;
        this.value = value;
    }

    /** Arranges for {@code value} to be released on the loop once {@code owner} is unreachable. */
    public void releaseWhenUnreachable(Object owner) {
        ContextCore c = core;
        V8ValueReference v = value;
        CLEANER.register(owner, () -> c.releaseLater(v));
    }

    public ContextCore core() {
        return core;
    }

    /** The V8 value; loop thread only, and only while the context is open. */
    public V8ValueReference value() {
        core.checkUsable();
        return value;
    }
}
