package org.ionjs.runtime.internal.modules;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A module could not be parsed (or transformed). The message is meant for the user as is, worded as in
 * Deno, with the offending line and a marker under the column:
 * <pre>
 * The module's source code could not be parsed: Expression expected at file:///app/main.ts:3:8
 *
 *   foo(a, ;
 *          ~
 * </pre>
 */
public final class TranspileException extends RuntimeException {
    /** swc ends its message with the position: {@code "    at file:///app/main.ts:3:8"}. */
    private static final Pattern POSITION = Pattern.compile("^\\s*at (.+):(\\d+):(\\d+)\\s*$", Pattern.MULTILINE);
    private static final Pattern ERROR_NAME = Pattern.compile("^\\w*Error: ");

    private final URI url;
    private final int line;
    private final int column;

    private TranspileException(String message, URI url, int line, int column) {
        super(message);
        this.url = url;
        this.line = line;
        this.column = column;
    }

    /** Builds the exception from swc's error text for {@code source}, the text swc was given. */
    static TranspileException fromSwc(URI url, String source, String swcMessage) {
        String text = swcMessage == null ? "unknown error" : swcMessage.strip();
        Matcher position = POSITION.matcher(text);
        String reason = ERROR_NAME.matcher(text.lines().findFirst().orElse("")).replaceFirst("");
        if (!position.find()) {
            return new TranspileException("Cannot transpile " + url + ": " + text, url, 0, 0);
        }
        int line = Integer.parseInt(position.group(2));
        int column = Integer.parseInt(position.group(3));
        String message = "The module's source code could not be parsed: " + reason + " at " + url + ":" + line + ":" + column
                + codeFrame(source, line, column);
        return new TranspileException(message, url, line, column);
    }

    /** The source line and a {@code ~} under the column, or nothing when the line is not in the source. */
    private static String codeFrame(String source, int line, int column) {
        String text = source.lines().skip(line - 1L).findFirst().orElse(null);
        if (text == null) {
            return "";
        }
        StringBuilder marker = new StringBuilder();
        // Columns count code points; tabs are kept so the marker lines up with the line above.
        text.codePoints().limit(Math.max(0, column - 1)).forEach(c -> marker.append(c == '\t' ? '\t' : ' '));
        return "\n\n  " + text + "\n  " + marker + "~";
    }

    /** The module that failed. */
    public URI url() {
        return url;
    }

    /** The 1-based line of the error, or 0 when swc gave no position. */
    public int line() {
        return line;
    }

    /** The 1-based column (in code points) of the error, or 0 when swc gave no position. */
    public int column() {
        return column;
    }
}
