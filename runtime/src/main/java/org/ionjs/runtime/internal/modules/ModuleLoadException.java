package org.ionjs.runtime.internal.modules;

/** A module could not be resolved, fetched, read or transformed; the message is meant for the user as is. */
public final class ModuleLoadException extends RuntimeException {
    public ModuleLoadException(String message) {
        super(message);
    }

    public ModuleLoadException(String message, Throwable cause) {
        super(message, cause);
    }
}
