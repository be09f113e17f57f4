package org.ionjs.runtime.internal.modules;

import java.util.Objects;

/**
 * What {@link Transpiler} emits besides stripping types, with Deno's defaults in {@link #DEFAULT}.
 *
 * @param jsx                    how JSX in {@code .tsx} and {@code .jsx} files is compiled
 * @param experimentalDecorators TypeScript's legacy decorators ({@code "experimentalDecorators": true});
 *                               otherwise decorators follow the TC39 proposal, compiled to plain
 *                               JavaScript since V8 does not run them natively
 */
public record TranspileOptions(JsxOptions jsx, boolean experimentalDecorators) {
    public static final TranspileOptions DEFAULT = new TranspileOptions(JsxOptions.CLASSIC, false);

    public TranspileOptions {
        Objects.requireNonNull(jsx, "jsx");
    }

    /** A stable text naming every option, for cache keys. */
    String fingerprint() {
        return (jsx.automatic() ? "jsx=automatic:" + jsx.importSource() : "jsx=classic:" + jsx.factory() + ":" + jsx.fragmentFactory())
                + ";decorators=" + (experimentalDecorators ? "legacy" : "tc39");
    }
}
