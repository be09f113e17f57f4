package org.ionjs.runtime.internal.modules;

/**
 * An import map cannot be used, or blocks the specifier being resolved: where the spec throws a
 * SyntaxError (JSON) or a TypeError. The message is meant for the user as is.
 */
public final class ImportMapException extends RuntimeException {
    public ImportMapException(String message) {
        super(message);
    }
}
