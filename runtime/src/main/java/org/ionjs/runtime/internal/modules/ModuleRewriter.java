package org.ionjs.runtime.internal.modules;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Rewrites what V8 leaves to an embedder that Javet does not provide: dynamic {@code import()} (which
 * rejects with "Not supported") and {@code import.meta} (an empty object). For every module:
 * <ul>
 *   <li>{@code import(x)} becomes {@code __ionImport(x, undefined, __ionMeta)}, and
 *       {@code import(x, options)} becomes {@code __ionImport(x, options, __ionMeta)};</li>
 *   <li>{@code import.meta} becomes {@code __ionMeta};</li>
 *   <li>a module that uses either starts with {@code const __ionMeta = __ionImportMeta(import.meta);},
 *       on its first line, so no line moves;</li>
 *   <li>a shebang line ({@code #!...}) becomes a comment of the same length.</li>
 * </ul>
 * The host defines {@code __ionImport} and {@code __ionImportMeta}.
 *
 * <p>Only the text of those expressions changes; the rest of the module stays byte for byte. A module
 * whose text cannot contain either form is returned at once, without loading swc4j. Thread-safe.
 */
public final class ModuleRewriter {
    /** The host function that replaces {@code import()}: {@code (specifier, options, importMeta) => Promise}. */
    public static final String IMPORT_FUNCTION = "__ionImport";
    /** The host function that makes a module's {@code import.meta}: {@code (v8ImportMeta) => object}. */
    public static final String META_FUNCTION = "__ionImportMeta";
    /** The module-level constant that holds the module's {@code import.meta}. */
    public static final String META_BINDING = "__ionMeta";
    static final String META_PRELUDE = "const " + META_BINDING + " = " + META_FUNCTION + "(import.meta);";

    private static final String KEYWORD = "import";

    private final Path cacheRoot;

    /**
     * @param cacheRoot where swc4j's native library is kept (Ion's cache root); only read when the first
     *                  rewrite that needs a parse loads swc4j
     */
    public ModuleRewriter(Path cacheRoot) {
        this.cacheRoot = Objects.requireNonNull(cacheRoot, "cacheRoot");
    }

    /**
     * Rewrites {@code jsCode}, the JavaScript of the module at {@code url}.
     *
     * @param inputSourceMap the source map of {@code jsCode} (from {@link Transpiler}), or {@code null}
     *                       when {@code jsCode} is the original source
     * @return the code, and a source map from it to the original source: {@code inputSourceMap} itself
     *         when no position moved, else one composed with it
     * @throws TranspileException when the code does not parse
     */
    public Emit rewrite(URI url, String jsCode, String inputSourceMap) {
        // "//" has the length of "#!", so no position moves.
        String code = jsCode.startsWith("#!") ? "//" + jsCode.substring(2) : jsCode;
        if (!mayUseImportCallOrMeta(code)) {
            return new Emit(code, inputSourceMap);
        }
        TextEdits edits = ImportSites.find(cacheRoot, url, code);
        if (edits.isEmpty()) {
            return new Emit(code, inputSourceMap);
        }
        edits.insert(0, META_PRELUDE);
        String rewritten = edits.applyTo(code);
        return new Emit(rewritten, movedSourceMap(url, code, rewritten, edits, inputSourceMap));
    }

    /**
     * A cheap test that never misses a real {@code import(} or {@code import.meta}: the word
     * {@code import}, not part of a longer name, followed by {@code (}, {@code .} or a comment. Words in
     * strings and comments pass too; the parse then finds nothing and the code comes back unchanged.
     */
    public static boolean mayUseImportCallOrMeta(String code) {
        for (int at = code.indexOf(KEYWORD); at >= 0; at = code.indexOf(KEYWORD, at + KEYWORD.length())) {
            if (at > 0 && isNamePart(code.charAt(at - 1))) {
                continue;
            }
            int next = at + KEYWORD.length();
            while (next < code.length() && isSpace(code.charAt(next))) {
                next++;
            }
            if (next < code.length() && "(./".indexOf(code.charAt(next)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNamePart(char c) {
        return Character.isLetterOrDigit(c) || c == '$' || c == '_';
    }

    /** JavaScript white space and line terminators, or more: erring this way only costs a parse. */
    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }

    /** The source map of {@code rewritten}: {@code inputSourceMap} (or an identity map) moved over the edits. */
    private static String movedSourceMap(URI url, String code, String rewritten, TextEdits edits, String inputSourceMap) {
        LineIndex before = new LineIndex(code);
        LineIndex after = new LineIndex(rewritten);
        SourceMap map;
        if (inputSourceMap == null) {
            map = SourceMap.identity(url.toString(), before, edits.boundaries());
        } else {
            try {
                map = SourceMap.parse(inputSourceMap);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("The source map given for " + url + " cannot be read: " + e.getMessage()
                        + "; pass the map the transpiler returned, or null for JavaScript source", e);
            }
        }
        return map.withGeneratedPositionsMoved((line, column) -> {
            int offset = edits.newOffset(before.offset(line, column));
            int newLine = after.line(offset);
            return new SourceMap.LineColumn(newLine, offset - after.lineStart(newLine));
        }, after.lineCount()).toJson();
    }
}
