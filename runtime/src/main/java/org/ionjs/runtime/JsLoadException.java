package org.ionjs.runtime;

/**
 * A module could not be resolved, read or linked, so none of its code ran. JavaScript sees it as a
 * {@code TypeError} (as from a failed dynamic import); a CLI reports it without "Uncaught".
 */
public final class JsLoadException extends JsException {
    public JsLoadException(String message) {
        super("TypeError", message, null, null, 0, 0, null);
    }
}
