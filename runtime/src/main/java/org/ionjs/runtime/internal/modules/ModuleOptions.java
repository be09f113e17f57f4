package org.ionjs.runtime.internal.modules;

import org.ionjs.runtime.spi.Preprocessor;
import org.ionjs.runtime.spi.Resolver;

import java.util.ArrayList;
import java.util.List;

/**
 * How a runtime's contexts find and transform modules: the host's resolvers and preprocessors, which
 * run before Ion's own, the import map, and the remote-module store (shared by the runtime's contexts).
 */
public record ModuleOptions(List<Resolver> resolvers, List<Preprocessor> preprocessors, ImportMap importMap,
                            RemoteModules remote) {
    public ModuleOptions {
        resolvers = List.copyOf(resolvers);
        preprocessors = List.copyOf(preprocessors);
    }

    /** The host's resolvers, then Ion's: the import map, path-like specifiers, data:, file:, https:/http:. */
    public ResolverChain resolverChain() {
        List<Resolver> all = new ArrayList<>(resolvers);
        all.add(new ImportMapResolver(importMap));
        all.add(new RelativeResolver());
        all.add(new DataUrlResolver());
        all.add(new FileResolver());
        all.add(new RemoteResolver(remote));
        return new ResolverChain(all);
    }

    public PreprocessorChain preprocessorChain() {
        return new PreprocessorChain(preprocessors);
    }
}
