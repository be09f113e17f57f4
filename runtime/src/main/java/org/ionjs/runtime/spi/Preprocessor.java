package org.ionjs.runtime.spi;

/**
 * One link of the chain that turns a module's source into JavaScript V8 can run (TypeScript, JSX, or a
 * host's own transform). A preprocessor returns a transformed source (keeping the URL) and usually passes
 * it on, or passes the source on unchanged when it does not apply. Custom preprocessors run before Ion's
 * TypeScript/JSX one; what leaves the chain must be JavaScript or JSON. Runs on the context's loop thread.
 */
@FunctionalInterface
public interface Preprocessor {

    ModuleSource process(ModuleSource source, Chain chain) throws Exception;

    /** The rest of the chain. Call {@link #proceed} at most once. */
    interface Chain {
        ModuleSource proceed(ModuleSource source) throws Exception;
    }
}
