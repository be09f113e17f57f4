package org.ionjs.runtime.internal.modules;

import org.ionjs.runtime.spi.MediaType;
import org.ionjs.runtime.spi.ModuleSource;
import org.ionjs.runtime.spi.Preprocessor;

/**
 * Ion's TypeScript, TSX and JSX preprocessor: swc strips types and compiles JSX, and the result is
 * kept in the emit cache by the hash of the source, so a warm run does not load swc at all.
 */
final class TypeScriptPreprocessor implements Preprocessor {
    private final Transpiler transpiler;
    private final EmitCache cache;

    TypeScriptPreprocessor(Transpiler transpiler, EmitCache cache) {
        this.transpiler = transpiler;
        this.cache = cache;
    }

    @Override
    public ModuleSource process(ModuleSource source, Chain chain) throws Exception {
        MediaType type = source.mediaType();
        if (type != MediaType.TYPESCRIPT && type != MediaType.TSX && type != MediaType.JSX) {
            return chain.proceed(source);
        }
        String key = EmitCache.key(source.code(), type, transpiler.options());
        Emit emit = cache.get(key).orElse(null);
        if (emit == null) {
            try {
                emit = transpiler.transpile(source.url(), source.code(), type);
            } catch (TranspileException e) {
                throw new ModuleLoadException(e.getMessage(), e);
            }
            cache.put(key, emit);
        }
        return chain.proceed(source.withCode(MediaType.JAVASCRIPT, emit.code(), emit.sourceMap()));
    }
}
