package org.ionjs.runtime.spi;

/**
 * What an {@link Extension} registers: ops callable from its scripts, and the scripts themselves.
 * Only valid during {@link Extension#setup}.
 */
public interface ExtensionSetup {

    /**
     * Registers a synchronous op, callable from the extension's scripts as {@code ops.name(...)}.
     * Its return value is converted to JavaScript; a {@link java.util.concurrent.CompletableFuture}
     * becomes a promise that settles on the loop thread when the future completes.
     *
     * @throws IllegalArgumentException when another extension already registered an op of that name
     */
    ExtensionSetup op(String name, Op op);

    /**
     * Registers a script, read from the class path relative to the extension's class loader
     * (for example {@code "ion/ext/console/01_console.js"}).
     */
    ExtensionSetup script(String resourcePath);
}
