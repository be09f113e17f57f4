package org.ionjs.runtime;

/**
 * The work did not finish because {@link JsContext#terminate()} stopped it, or because its context closed.
 */
public final class JsTerminatedException extends JsException {
    public JsTerminatedException(String message) {
        super(null, message, null, null, 0, 0, null);
    }
}
