package org.ionjs.runtime.internal;

import com.caoccao.javet.interfaces.IJavetLogger;

import java.lang.System.Logger.Level;

/**
 * Routes Javet's log lines to {@link System.Logger}. Javet warns about references still open when an
 * isolate closes; Ion closes contexts with force on purpose, so those are debug-level here.
 */
final class JavetLogger implements IJavetLogger {
    static final JavetLogger INSTANCE = new JavetLogger();
    private static final System.Logger LOG = System.getLogger("org.ionjs.runtime.javet");

    @Override
    public void debug(String message) {
        LOG.log(Level.DEBUG, message);
    }

    @Override
    public void error(String message) {
        LOG.log(Level.ERROR, message);
    }

    @Override
    public void error(String message, Throwable cause) {
        LOG.log(Level.ERROR, message, cause);
    }

    @Override
    public void info(String message) {
        LOG.log(Level.DEBUG, message);
    }

    @Override
    public void warn(String message) {
        LOG.log(Level.DEBUG, message);
    }
}
