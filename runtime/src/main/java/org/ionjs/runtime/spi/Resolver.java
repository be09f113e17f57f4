package org.ionjs.runtime.spi;

/**
 * One link of the chain that turns an import into a module, in the style of OkHttp's interceptors. A
 * resolver may answer (return a {@link ModuleSource}), rewrite the request and pass it on
 * ({@code chain.proceed(request.withSpecifier(...))}), or decline ({@code chain.proceed(request)}).
 * Custom resolvers run before Ion's own: import map, {@code data:}, {@code file:}, {@code https:}/{@code
 * http:}, {@code ion:}. Runs on the context's loop thread.
 */
@FunctionalInterface
public interface Resolver {

    ModuleSource resolve(ModuleRequest request, Chain chain) throws Exception;

    /** The rest of the chain. Call {@link #proceed} at most once. */
    interface Chain {
        ModuleSource proceed(ModuleRequest request) throws Exception;
    }
}
