package org.ionjs.runtime.spi;

/**
 * A Java function exposed to an extension's scripts. Runs on the context's loop thread; must not block.
 * Throwing {@link OpException} raises that JavaScript error class; any other exception raises an
 * {@code Error} with its message.
 */
@FunctionalInterface
public interface Op {
    Object call(OpCall call) throws Exception;
}
