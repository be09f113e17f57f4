package org.ionjs.runtime.internal;

import com.caoccao.javet.exceptions.BaseJavetScriptingException;
import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.exceptions.JavetScriptingError;
import com.caoccao.javet.exceptions.JavetTerminatedException;
import com.caoccao.javet.interfaces.IJavetEntityError;
import org.ionjs.runtime.JsException;
import org.ionjs.runtime.JsTerminatedException;

/** Builds {@link JsException}s from what Javet reports. */
final class Errors {
    private Errors() {
    }

    static JsException fromJavet(ContextCore core, JavetException e) {
        JsException outOfMemory = core.outOfMemoryError();
        if (outOfMemory != null) {
            return outOfMemory;
        }
        if (e instanceof JavetTerminatedException || core.v8IsTerminating()) {
            return new JsTerminatedException("Execution of context " + core.name() + " was terminated by JsContext.terminate()");
        }
        if (e instanceof BaseJavetScriptingException scripting) {
            return core.withSourceMaps(fromScriptingError(scripting.getScriptingError()));
        }
        return fromJava(e);
    }

    static JsException fromScriptingError(JavetScriptingError error) {
        String fileName = error.getResourceName() == null || error.getResourceName().isEmpty() ? null : error.getResourceName();
        int line = error.getLineNumber();
        int column = error.getStartColumn() + 1;
        String sourceLine = error.getSourceLine() == null || error.getSourceLine().isEmpty() ? null : error.getSourceLine();
        Object context = error.getContext();
        if (context instanceof IJavetEntityError entity) {
            String message = entity.getMessage() == null ? "" : entity.getMessage();
            String stack = entity.getStack();
            // The stack's first frame points where the error was made (`new` in `throw new Error()`), as
            // Deno reports it; V8's message position is the start of the throw statement.
            Position frame = Position.firstFrame(stack);
            if (frame.file() != null) {
                boolean sameLine = frame.file().equals(fileName) && frame.line() == line;
                return new JsException(classFromStack(stack, message), message, stack,
                        frame.file(), frame.line(), frame.column(), sameLine ? sourceLine : null);
            }
            return new JsException(classFromStack(stack, message), message, stack, fileName, line, column, sourceLine);
        }
        String message = context == null ? stripUncaught(error.getMessage()) : String.valueOf(context);
        return new JsException(null, message, null, fileName, line, column, sourceLine);
    }

    /** V8 stacks start with {@code Name: message}, or just {@code Name} when the message is empty. */
    static String classFromStack(String stack, String message) {
        if (stack == null || stack.isEmpty()) {
            return "Error";
        }
        if (!message.isEmpty()) {
            int index = stack.indexOf(": " + message);
            if (index > 0) {
                return stack.substring(0, index);
            }
        }
        int end = stack.indexOf('\n');
        String head = end < 0 ? stack : stack.substring(0, end);
        int colon = head.indexOf(':');
        return colon > 0 ? head.substring(0, colon) : head;
    }

    private static String stripUncaught(String message) {
        if (message == null) {
            return "";
        }
        return message.startsWith("Uncaught ") ? message.substring("Uncaught ".length()) : message;
    }

    static JsException fromDescription(String errorClass, String message, String stack) {
        Position position = Position.firstFrame(stack);
        return new JsException(errorClass, message, stack, position.file(), position.line(), position.column(), null);
    }

    static JsException fromJava(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getName() : e.getMessage();
        JsException error = new JsException("Error", message, null, null, 0, 0, null);
        error.initCause(e);
        return error;
    }

    /** The position of the first {@code at} frame of a V8 stack. */
    record Position(String file, int line, int column) {
        static Position firstFrame(String stack) {
            if (stack == null) {
                return new Position(null, 0, 0);
            }
            for (String frame : stack.split("\n")) {
                String trimmed = frame.trim();
                if (!trimmed.startsWith("at ")) {
                    continue;
                }
                String location = trimmed.endsWith(")") && trimmed.contains("(")
                        ? trimmed.substring(trimmed.lastIndexOf('(') + 1, trimmed.length() - 1)
                        : trimmed.substring(3);
                int lastColon = location.lastIndexOf(':');
                int lineColon = lastColon > 0 ? location.lastIndexOf(':', lastColon - 1) : -1;
                if (lineColon > 0) {
                    try {
                        return new Position(location.substring(0, lineColon),
                                Integer.parseInt(location.substring(lineColon + 1, lastColon)),
                                Integer.parseInt(location.substring(lastColon + 1)));
                    } catch (NumberFormatException ignored) {
                        // not a file:line:column frame
                    }
                }
                return new Position(null, 0, 0);
            }
            return new Position(null, 0, 0);
        }
    }
}
