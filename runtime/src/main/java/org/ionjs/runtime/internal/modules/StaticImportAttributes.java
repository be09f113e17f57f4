package org.ionjs.runtime.internal.modules;

import com.caoccao.javet.swc4j.ast.clazz.Swc4jAstKeyValueProp;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstIdentName;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstObjectLit;
import com.caoccao.javet.swc4j.ast.expr.lit.Swc4jAstStr;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstExportAll;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImportDecl;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstNamedExport;
import com.caoccao.javet.swc4j.enums.Swc4jMediaType;
import com.caoccao.javet.swc4j.enums.Swc4jParseMode;
import com.caoccao.javet.swc4j.exceptions.Swc4jCoreException;
import com.caoccao.javet.swc4j.options.Swc4jParseOptions;

import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The import attributes ({@code with { type: "json" }}) of a module's static imports and re-exports,
 * by specifier. V8 has them, but Javet does not pass them to Ion's module callback, so they are read from
 * the module's syntax tree, and only for a module that imports a JSON module.
 */
public final class StaticImportAttributes {
    private StaticImportAttributes() {
    }

    /** By specifier; empty when the code names no attributes (found without parsing it). */
    public static Map<String, Map<String, String>> find(Path cacheRoot, URI url, String code) {
        if (!code.contains("with") && !code.contains("assert")) {
            return Map.of();
        }
        Swc4jParseOptions options = new Swc4jParseOptions()
                .setSpecifier(Swc4jLibrary.specifier(url))
                .setMediaType(Swc4jMediaType.JavaScript)
                .setParseMode(Swc4jParseMode.Module)
                .setCaptureAst(true);
        Map<String, Map<String, String>> found = new LinkedHashMap<>();
        try {
            ISwc4jAst program = Swc4jLibrary.call(cacheRoot, swc4j -> swc4j.parse(code, options)).getProgram();
            // Import and export declarations are top-level items of the module only.
            for (ISwc4jAst item : program.getChildNodes()) {
                if (item instanceof Swc4jAstImportDecl decl) {
                    record(found, decl.getSrc(), decl.getWith());
                } else if (item instanceof Swc4jAstExportAll all) {
                    record(found, all.getSrc(), all.getWith());
                } else if (item instanceof Swc4jAstNamedExport named && named.getSrc().isPresent()) {
                    record(found, named.getSrc().get(), named.getWith());
                }
            }
        } catch (Swc4jCoreException e) {
            throw TranspileException.fromSwc(url, code, e.getMessage());
        }
        return found;
    }

    private static void record(Map<String, Map<String, String>> found, Swc4jAstStr source, Optional<Swc4jAstObjectLit> with) {
        Map<String, String> attributes = new LinkedHashMap<>();
        with.ifPresent(object -> object.getProps().forEach(prop -> {
            if (prop instanceof Swc4jAstKeyValueProp keyValue && keyValue.getValue() instanceof Swc4jAstStr value) {
                String key = keyValue.getKey() instanceof Swc4jAstIdentName name ? name.getSym()
                        : keyValue.getKey() instanceof Swc4jAstStr text ? text.getValue() : null;
                if (key != null) {
                    attributes.put(key, value.getValue());
                }
            }
        }));
        found.put(source.getValue(), attributes);
    }
}
