package org.ionjs.runtime;

import java.util.Objects;

/**
 * A JavaScript error seen from Java: the value thrown (or the reason of a rejected promise), its error
 * class, message and stack. Thread-safe and detached from the context.
 */
public class JsException extends RuntimeException {
    private final String errorClass;
    private final String jsMessage;
    private final String jsStack;
    private final String fileName;
    private final int line;
    private final int column;
    private final String sourceLine;

    /**
     * @param errorClass the constructor name ({@code TypeError}), or {@code null} when a non-error value was thrown
     * @param jsMessage  the error's message, or the thrown value as a string
     * @param jsStack    the JavaScript stack (its first line names the error), or {@code null}
     * @param fileName   where the error was thrown, or {@code null}
     * @param line       1-based, or 0 when unknown
     * @param column     1-based, or 0 when unknown
     * @param sourceLine the line of source the error points at, or {@code null}
     */
    public JsException(String errorClass, String jsMessage, String jsStack,
                       String fileName, int line, int column, String sourceLine) {
        super(errorClass == null ? jsMessage : jsMessage.isEmpty() ? errorClass : errorClass + ": " + jsMessage);
        this.errorClass = errorClass;
        this.jsMessage = Objects.requireNonNull(jsMessage, "jsMessage");
        this.jsStack = jsStack;
        this.fileName = fileName;
        this.line = line;
        this.column = column;
        this.sourceLine = sourceLine;
    }

    /** {@code TypeError}, {@code RangeError}, a user class name, or {@code null} for a thrown non-error value. */
    public String errorClass() {
        return errorClass;
    }

    /** The error's own message (without the class name). */
    public String jsMessage() {
        return jsMessage;
    }

    /** The JavaScript stack as V8 formats it (first line {@code TypeError: boom}, then {@code at} lines). */
    public String jsStack() {
        return jsStack == null ? getMessage() : jsStack;
    }

    public String fileName() {
        return fileName;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The source line the error position points at, when V8 reported one. */
    public String sourceLine() {
        return sourceLine;
    }
}
