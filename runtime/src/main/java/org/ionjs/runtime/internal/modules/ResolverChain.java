package org.ionjs.runtime.internal.modules;

import org.ionjs.runtime.spi.ModuleRequest;
import org.ionjs.runtime.spi.ModuleSource;
import org.ionjs.runtime.spi.Resolver;

import java.util.List;

/**
 * Runs a request through the resolvers in order and checks their contract: an answer is never null,
 * carries code unless only the URL was asked for, and {@code proceed} is called at most once. A broken
 * contract names the resolver at fault.
 */
public final class ResolverChain {
    private final List<Resolver> resolvers;

    public ResolverChain(List<Resolver> resolvers) {
        this.resolvers = List.copyOf(resolvers);
    }

    public ModuleSource resolve(ModuleRequest request) throws Exception {
        return new Link(0).proceed(request);
    }

    private final class Link implements Resolver.Chain {
        private final int index;
        private boolean called;

        Link(int index) {
            this.index = index;
        }

        @Override
        public ModuleSource proceed(ModuleRequest request) throws Exception {
            if (called) {
                throw new IllegalStateException("Resolver " + name(index - 1) + " called chain.proceed() twice for \""
                        + request.specifier() + "\"; call it at most once");
            }
            called = true;
            if (index == resolvers.size()) {
                throw new ModuleLoadException("Cannot resolve \"" + request.specifier() + "\""
                        + (request.referrer() == null ? "" : " from " + request.referrer())
                        + ": no resolver accepted it; add an import map entry or use a relative path.");
            }
            ModuleSource answer = resolvers.get(index).resolve(request, new Link(index + 1));
            if (answer == null) {
                throw new IllegalStateException("Resolver " + name(index) + " returned null for \"" + request.specifier()
                        + "\"; return chain.proceed(request) to decline");
            }
            if (answer.code() == null && !request.resolveOnly()) {
                throw new IllegalStateException("Resolver " + name(index) + " answered \"" + request.specifier()
                        + "\" with " + answer.url() + " but no code; load the source or decline");
            }
            return answer;
        }
    }

    private String name(int index) {
        return resolvers.get(index).getClass().getName();
    }
}
