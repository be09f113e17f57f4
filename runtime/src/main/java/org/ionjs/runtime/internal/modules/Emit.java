package org.ionjs.runtime.internal.modules;

import java.util.Objects;

/**
 * JavaScript to hand to V8, with the source map (v3 JSON) from its positions to the original source's,
 * or {@code null} when the positions are the original ones.
 */
public record Emit(String code, String sourceMap) {
    public Emit {
        Objects.requireNonNull(code, "code");
    }
}
