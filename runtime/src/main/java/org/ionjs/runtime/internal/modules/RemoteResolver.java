package org.ionjs.runtime.internal.modules;

import org.ionjs.runtime.spi.MediaType;
import org.ionjs.runtime.spi.ModuleRequest;
import org.ionjs.runtime.spi.ModuleSource;
import org.ionjs.runtime.spi.Resolver;

import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * {@code https:} and {@code http:} modules, fetched through the disk cache and checked against the
 * lockfile. A module's identity is its URL after redirects, so its relative imports resolve against that.
 * The fetch blocks the loop thread the first time a URL is needed; later runs read the cache.
 */
final class RemoteResolver implements Resolver {
    private final RemoteModules remote;

    RemoteResolver(RemoteModules remote) {
        this.remote = remote;
    }

    @Override
    public ModuleSource resolve(ModuleRequest request, Chain chain) throws Exception {
        URI url = Urls.absolute(request.specifier());
        if (url == null || !("https".equals(url.getScheme()) || "http".equals(url.getScheme()))) {
            return chain.proceed(request);
        }
        if (request.resolveOnly()) {
            return new ModuleSource(url, MediaType.fromPath(url), null, null);
        }
        RemoteModules.Fetched fetched;
        try {
            fetched = remote.fetch(url);
        } catch (RemoteModuleException e) {
            throw new ModuleLoadException(e.getMessage()
                    + (request.referrer() == null ? "" : " (imported from " + request.referrer() + ")"), e);
        }
        MediaType mediaType = MediaType.fromContentType(fetched.contentType(), fetched.finalUrl());
        return new ModuleSource(fetched.finalUrl(), mediaType == MediaType.UNKNOWN ? MediaType.JAVASCRIPT : mediaType,
                new String(fetched.body(), StandardCharsets.UTF_8), null);
    }
}
