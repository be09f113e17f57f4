package org.ionjs.runtime.internal.modules;

import org.ionjs.runtime.spi.Preprocessor;
import org.ionjs.runtime.spi.Resolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a runtime's contexts find and transform modules: the host's resolvers and preprocessors, which
 * run before Ion's own, the import map, and the remote-module store (shared by the runtime's contexts).
 */
public record ModuleOptions(List<Resolver> resolvers, List<Preprocessor> preprocessors, ImportMap importMap,
                            RemoteModules remote, Path cacheRoot, TranspileOptions transpile) {
    public ModuleOptions {
        resolvers = List.copyOf(resolvers);
        preprocessors = List.copyOf(preprocessors);
    }

    /** The host's resolvers, then Ion's: the import map, path-like specifiers, data:, file:, https:/http:. */
    public ResolverChain resolverChain() {
        List<Resolver> all = new ArrayList<>(resolvers);
        if (importMap != ImportMap.empty()) {
            all.add(new ImportMapResolver(importMap));
        }
        all.add(new RelativeResolver());
        all.add(new DataUrlResolver());
        all.add(new FileResolver());
        all.add(new RemoteResolver(remote));
        return new ResolverChain(all);
    }

    /** The host's preprocessors, then Ion's TypeScript/TSX/JSX one. */
    public PreprocessorChain preprocessorChain() {
        List<Preprocessor> all = new ArrayList<>(preprocessors);
        all.add(new TypeScriptPreprocessor(new Transpiler(cacheRoot, transpile), emitCache()));
        return new PreprocessorChain(all);
    }

    public ModuleRewriter rewriter() {
        return new ModuleRewriter(cacheRoot);
    }

    public EmitCache emitCache() {
        return new EmitCache(cacheRoot);
    }
}
