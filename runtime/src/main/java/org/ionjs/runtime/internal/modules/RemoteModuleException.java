package org.ionjs.runtime.internal.modules;

/** A remote module could not be had; the message is written for the user and says how to fix it. */
public class RemoteModuleException extends RuntimeException {
    public RemoteModuleException(String message) {
        super(message);
    }

    public RemoteModuleException(String message, Throwable cause) {
        super(message, cause);
    }
}
