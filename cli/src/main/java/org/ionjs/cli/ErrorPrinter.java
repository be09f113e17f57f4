package org.ionjs.cli;

import org.ionjs.runtime.JsException;
import org.ionjs.runtime.JsLoadException;

import java.io.PrintStream;

/**
 * Prints errors the way Deno does: {@code error: Uncaught TypeError: boom}, the offending source line
 * with a caret when V8 gave one, then the stack.
 */
final class ErrorPrinter {
    private ErrorPrinter() {
    }

    static void print(PrintStream err, JsException error, boolean inPromise) {
        StringBuilder out = new StringBuilder("error: ");
        if (error instanceof JsLoadException) {
            out.append(error.jsMessage());
        } else {
            out.append("Uncaught ").append(inPromise ? "(in promise) " : "");
            String stack = error.jsStack();
            int firstBreak = stack.indexOf('\n');
            out.append(firstBreak < 0 ? stack : stack.substring(0, firstBreak));
            if (error.sourceLine() != null && error.column() > 0) {
                out.append('\n').append(error.sourceLine()).append('\n')
                        .append(" ".repeat(Math.min(error.column() - 1, error.sourceLine().length()))).append('^');
            }
            if (firstBreak >= 0) {
                out.append(stack.substring(firstBreak));
            } else if (error.fileName() != null && error.line() > 0) {
                out.append("\n    at ").append(error.fileName()).append(':').append(error.line()).append(':').append(error.column());
            }
        }
        err.println(out);
        err.flush();
    }
}
