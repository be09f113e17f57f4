package org.ionjs.runtime.internal.modules;

/**
 * A module's body does not match the hash {@code ion.lock} recorded for it, or a frozen lockfile
 * would have to change to take it in. Either way the module must not run.
 */
public final class LockFileMismatchException extends RemoteModuleException {
    public LockFileMismatchException(String message) {
        super(message);
    }
}
