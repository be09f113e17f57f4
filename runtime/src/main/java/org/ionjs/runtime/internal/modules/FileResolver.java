package org.ionjs.runtime.internal.modules;

import org.ionjs.runtime.spi.MediaType;
import org.ionjs.runtime.spi.ModuleRequest;
import org.ionjs.runtime.spi.ModuleSource;
import org.ionjs.runtime.spi.Resolver;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * {@code file:} modules, with explicit extensions as in Deno (no guessing of {@code .js} or
 * {@code index.js}). Remote modules may not import local files.
 */
final class FileResolver implements Resolver {

    @Override
    public ModuleSource resolve(ModuleRequest request, Chain chain) throws Exception {
        URI url = Urls.absolute(request.specifier());
        if (url == null || !"file".equals(url.getScheme())) {
            return chain.proceed(request);
        }
        URI referrer = request.referrer();
        if (referrer != null && ("http".equals(referrer.getScheme()) || "https".equals(referrer.getScheme()))) {
            throw new ModuleLoadException("Remote module " + referrer + " cannot import local module " + url
                    + "; serve it from the same host or import it from a local module");
        }
        MediaType mediaType = MediaType.fromPath(url);
        if (request.resolveOnly()) {
            return new ModuleSource(url, mediaType, null, null);
        }
        return new ModuleSource(url, mediaType, read(url, referrer), null);
    }

    private static String read(URI url, URI referrer) {
        try {
            return Files.readString(Path.of(url), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ModuleLoadException("Module not found \"" + url + "\""
                    + (referrer == null ? "." : " (imported from " + referrer + ")."));
        } catch (IOException e) {
            throw new ModuleLoadException("Cannot read module \"" + url + "\": " + e.getMessage());
        }
    }
}
