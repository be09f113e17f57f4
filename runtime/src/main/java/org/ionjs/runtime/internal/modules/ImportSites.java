package org.ionjs.runtime.internal.modules;

import com.caoccao.javet.swc4j.ast.enums.Swc4jAstImportPhase;
import com.caoccao.javet.swc4j.ast.enums.Swc4jAstMetaPropKind;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstCallExpr;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstExprOrSpread;
import com.caoccao.javet.swc4j.ast.expr.Swc4jAstMetaPropExpr;
import com.caoccao.javet.swc4j.ast.module.Swc4jAstImport;
import com.caoccao.javet.swc4j.ast.interfaces.ISwc4jAst;
import com.caoccao.javet.swc4j.enums.Swc4jMediaType;
import com.caoccao.javet.swc4j.enums.Swc4jParseMode;
import com.caoccao.javet.swc4j.exceptions.Swc4jCoreException;
import com.caoccao.javet.swc4j.options.Swc4jParseOptions;
import com.caoccao.javet.swc4j.span.Swc4jSpan;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Finds {@code import(...)} calls and {@code import.meta} in a JavaScript module with swc's parser and
 * turns them into text edits (see {@link ModuleRewriter} for what they become). Only real syntax is
 * found: the same words in strings, comments and template text are not nodes of the tree.
 *
 * <p>The edits go into the original text rather than through swc's code generator, so everything
 * else, including the line of every token and {@code Function.prototype.toString()}, stays as written.
 */
final class ImportSites {
    private final String code;
    private final int[] supplementaryAt;
    private final int bomLength;
    private final TextEdits edits = new TextEdits();

    private ImportSites(String code) {
        this.code = code;
        // swc counts from after a byte order mark.
        this.bomLength = code.startsWith("\uFEFF") ? 1 : 0;
        this.supplementaryAt = supplementaryCodePointIndexes(code, bomLength);
    }

    /**
     * The edits that rewrite {@code code}, the JavaScript module at {@code url}; none when it uses
     * neither form.
     *
     * @throws TranspileException when the code does not parse
     */
    static TextEdits find(Path cacheRoot, URI url, String code) {
        Swc4jParseOptions options = new Swc4jParseOptions()
                .setSpecifier(Swc4jLibrary.specifier(url))
                .setMediaType(Swc4jMediaType.JavaScript)
                .setParseMode(Swc4jParseMode.Module)
                .setCaptureAst(true);
        ImportSites sites = new ImportSites(code);
        try {
            sites.walk(Swc4jLibrary.call(cacheRoot, swc4j -> swc4j.parse(code, options)).getProgram());
        } catch (Swc4jCoreException e) {
            throw TranspileException.fromSwc(url, code, e.getMessage());
        }
        return sites.edits;
    }

    /**
     * Visits every node, with a stack of its own rather than recursion (as swc4j's visitor does), so
     * that deeply nested code cannot overflow the calling thread's stack.
     */
    private void walk(ISwc4jAst root) {
        Deque<ISwc4jAst> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            ISwc4jAst node = pending.pop();
            if (node instanceof Swc4jAstCallExpr call) {
                visitCall(call);
            } else if (node instanceof Swc4jAstMetaPropExpr meta) {
                visitMeta(meta);
            }
            for (ISwc4jAst child : node.getChildNodes()) {
                if (child != null) {
                    pending.push(child);
                }
            }
        }
    }

    private void visitCall(Swc4jAstCallExpr node) {
        // import.source() and import.defer() are other proposals, left for V8 to reject.
        if (node.getCallee() instanceof Swc4jAstImport callee && callee.getPhase() == Swc4jAstImportPhase.Evaluation) {
            Swc4jSpan keyword = callee.getSpan();
            edits.replace(offset(keyword.getStart()), offset(keyword.getEnd()), ModuleRewriter.IMPORT_FUNCTION);
            // After the last argument rather than before ")", so that a trailing comma stays valid.
            List<Swc4jAstExprOrSpread> args = node.getArgs();
            int afterArgs = offset(args.getLast().getSpan().getEnd());
            String extra = args.size() == 1 ? ", undefined, " : ", ";
            edits.insert(afterArgs, extra + ModuleRewriter.META_BINDING);
        }
    }

    private void visitMeta(Swc4jAstMetaPropExpr node) {
        if (node.getKind() == Swc4jAstMetaPropKind.ImportMeta) {
            int start = offset(node.getSpan().getStart());
            int end = offset(node.getSpan().getEnd());
            edits.replace(start, end, ModuleRewriter.META_BINDING + lineTerminators(start, end));
        }
    }

    /**
     * The line breaks inside an {@code import.meta} written over several lines (with comments or
     * spaces around the dot), kept after the replacement so that every later line keeps its number.
     */
    private String lineTerminators(int start, int end) {
        StringBuilder breaks = new StringBuilder();
        for (int i = start; i < end; i++) {
            char c = code.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
                breaks.append(c);
            }
        }
        return breaks.toString();
    }

    /** swc's spans count code points; Java strings count UTF-16 units. */
    private int offset(int codePointIndex) {
        int pairsBefore = Arrays.binarySearch(supplementaryAt, codePointIndex);
        pairsBefore = pairsBefore >= 0 ? pairsBefore : -pairsBefore - 1;
        return bomLength + codePointIndex + pairsBefore;
    }

    /** The code point indexes, counted from {@code start}, of the characters outside the BMP. */
    private static int[] supplementaryCodePointIndexes(String code, int start) {
        IntStream.Builder found = IntStream.builder();
        int index = 0;
        for (int i = start; i < code.length(); index++) {
            int c = code.codePointAt(i);
            if (Character.isSupplementaryCodePoint(c)) {
                found.add(index);
            }
            i += Character.charCount(c);
        }
        return found.build().toArray();
    }
}
