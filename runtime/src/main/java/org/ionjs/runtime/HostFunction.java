package org.ionjs.runtime;

/**
 * A Java function callable from JavaScript. It runs on the context's loop thread with its arguments
 * converted to Java ({@link JsContext} lists the conversions). Returning a
 * {@link java.util.concurrent.CompletableFuture} gives JavaScript a promise that settles when the future
 * completes (on any thread); a thrown exception becomes a JavaScript {@code Error} with its message.
 */
@FunctionalInterface
public interface HostFunction {
    Object call(Object... args) throws Exception;
}
