package org.ionjs.runtime.internal.modules;

import org.ionjs.runtime.spi.ModuleRequest;
import org.ionjs.runtime.spi.ModuleSource;
import org.ionjs.runtime.spi.Resolver;

import java.net.URI;
import java.nio.file.Path;

/**
 * Turns a path-like specifier ({@code ./a.js}, {@code ../a.js}, {@code /a.js}) into an absolute URL
 * against the importing module (or the working directory for an entry point) and passes it on, so the
 * scheme's own resolver (file, https, ...) answers it.
 */
final class RelativeResolver implements Resolver {

    @Override
    public ModuleSource resolve(ModuleRequest request, Chain chain) throws Exception {
        String specifier = request.specifier();
        if (!specifier.startsWith("./") && !specifier.startsWith("../") && !specifier.startsWith("/")) {
            return chain.proceed(request);
        }
        URI base = request.referrer() != null ? request.referrer() : Path.of("").toAbsolutePath().toUri();
        return chain.proceed(request.withSpecifier(resolve(base, specifier).toString()));
    }

    static URI resolve(URI base, String specifier) {
        try {
            return Urls.canonical(base.resolve(specifier.replace(" ", "%20")));
        } catch (IllegalArgumentException e) {
            throw new ModuleLoadException("Invalid module specifier \"" + specifier + "\" in " + base + ": " + e.getMessage());
        }
    }
}
