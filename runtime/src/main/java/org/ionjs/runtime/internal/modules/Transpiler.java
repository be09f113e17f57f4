package org.ionjs.runtime.internal.modules;

import com.caoccao.javet.swc4j.enums.Swc4jMediaType;
import com.caoccao.javet.swc4j.enums.Swc4jParseMode;
import com.caoccao.javet.swc4j.enums.Swc4jSourceMapOption;
import com.caoccao.javet.swc4j.exceptions.Swc4jCoreException;
import com.caoccao.javet.swc4j.options.Swc4jDecoratorsTranspileOption;
import com.caoccao.javet.swc4j.options.Swc4jJsxRuntimeOption;
import com.caoccao.javet.swc4j.options.Swc4jTranspileOptions;
import com.caoccao.javet.swc4j.outputs.Swc4jTranspileOutput;
import org.ionjs.runtime.spi.MediaType;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Turns TypeScript, TSX and JSX into JavaScript modules with swc, as Deno does: types are stripped
 * ({@code import type} and imports used only as types disappear), enums, namespaces, parameter
 * properties and decorators are compiled, JSX becomes calls, and {@code import}/{@code export} stay.
 * Each result carries a source map back to the original text. Thread-safe.
 */
public final class Transpiler {
    private final Path cacheRoot;
    private final TranspileOptions options;

    /**
     * @param cacheRoot where swc4j's native library is kept (Ion's cache root); only read when the first
     *                  transpile of the process loads swc4j
     */
    public Transpiler(Path cacheRoot, TranspileOptions options) {
        this.cacheRoot = Objects.requireNonNull(cacheRoot, "cacheRoot");
        this.options = Objects.requireNonNull(options, "options");
    }

    public TranspileOptions options() {
        return options;
    }

    /**
     * The JavaScript for {@code code}, the text of the module at {@code url}.
     *
     * @param mediaType {@code TYPESCRIPT}, {@code TSX} or {@code JSX}
     * @throws TranspileException when the code does not parse, with the position of the error
     */
    public Emit transpile(URI url, String code, MediaType mediaType) {
        Swc4jTranspileOptions swcOptions = new Swc4jTranspileOptions()
                .setSpecifier(Swc4jLibrary.specifier(url))
                .setMediaType(switch (mediaType) {
                    case TYPESCRIPT -> Swc4jMediaType.TypeScript;
                    case TSX -> Swc4jMediaType.Tsx;
                    case JSX -> Swc4jMediaType.Jsx;
                    case JAVASCRIPT, JSON, UNKNOWN -> throw new IllegalArgumentException("Cannot transpile " + url
                            + " as " + mediaType + ": the transpiler takes TYPESCRIPT, TSX or JSX; JavaScript only needs ModuleRewriter");
                })
                // Every file Ion transpiles is an ES module, with or without import/export.
                .setParseMode(Swc4jParseMode.Module)
                .setDecorators(options.experimentalDecorators()
                        ? Swc4jDecoratorsTranspileOption.LegacyTypeScript()
                        : Swc4jDecoratorsTranspileOption.Ecma())
                // swc leaves JSX as it is unless told which runtime to compile it for.
                .setJsx(mediaType == MediaType.TYPESCRIPT ? null : jsxRuntime())
                .setSourceMap(Swc4jSourceMapOption.Separate)
                // Positions are all Ion maps; the original text is on disk, not worth a copy in every cached map.
                .setInlineSources(false);
        try {
            Swc4jTranspileOutput output = Swc4jLibrary.call(cacheRoot, swc4j -> swc4j.transpile(code, swcOptions));
            return new Emit(output.getCode(), output.getSourceMap());
        } catch (Swc4jCoreException e) {
            throw TranspileException.fromSwc(url, code, e.getMessage());
        }
    }

    private Swc4jJsxRuntimeOption jsxRuntime() {
        JsxOptions jsx = options.jsx();
        return jsx.automatic()
                ? Swc4jJsxRuntimeOption.Automatic(false, jsx.importSource())
                : Swc4jJsxRuntimeOption.Classic(jsx.factory(), jsx.fragmentFactory());
    }
}
