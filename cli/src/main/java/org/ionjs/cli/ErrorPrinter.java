package org.ionjs.cli;

import org.ionjs.runtime.JsException;
import org.ionjs.runtime.JsLoadException;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

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
            String sourceLine = sourceLine(error);
            if (sourceLine != null && error.column() > 0) {
                out.append('\n').append(sourceLine).append('\n')
                        .append(" ".repeat(Math.min(error.column() - 1, sourceLine.length()))).append('^');
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

    /** The line the error points at: from V8 when it gave one, else read from the module's file. */
    private static String sourceLine(JsException error) {
        if (error.sourceLine() != null) {
            return error.sourceLine();
        }
        if (error.fileName() == null || !error.fileName().startsWith("file:") || error.line() < 1) {
            return null;
        }
        try (Stream<String> lines = Files.lines(Path.of(URI.create(error.fileName())))) {
            return lines.skip(error.line() - 1L).findFirst().orElse(null);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
