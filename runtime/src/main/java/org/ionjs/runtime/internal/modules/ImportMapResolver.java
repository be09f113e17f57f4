package org.ionjs.runtime.internal.modules;

import org.ionjs.runtime.spi.ModuleRequest;
import org.ionjs.runtime.spi.ModuleSource;
import org.ionjs.runtime.spi.Resolver;

import java.net.URI;
import java.nio.file.Path;

/** The import map: a specifier it maps is passed on as the URL it maps to (WHATWG import maps). */
final class ImportMapResolver implements Resolver {
    private final ImportMap map;

    ImportMapResolver(ImportMap map) {
        this.map = map;
    }

    @Override
    public ModuleSource resolve(ModuleRequest request, Chain chain) throws Exception {
        URI referrer = request.referrer() != null ? request.referrer() : Path.of("").toAbsolutePath().toUri();
        URI mapped;
        try {
            mapped = map.resolve(request.specifier(), referrer);
        } catch (ImportMapException e) {
            throw new ModuleLoadException(e.getMessage(), e);
        }
        return chain.proceed(mapped == null ? request : request.withSpecifier(mapped.toString()));
    }
}
