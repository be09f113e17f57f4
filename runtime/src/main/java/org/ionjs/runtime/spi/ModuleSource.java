package org.ionjs.runtime.spi;

import java.net.URI;
import java.util.Objects;

/**
 * A module's URL (its identity: one module per URL per context), media type and code, with the source
 * map of any transform applied so far. {@code code} is null only for a resolve-only request.
 */
public record ModuleSource(URI url, MediaType mediaType, String code, String sourceMap) {
    public ModuleSource {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(mediaType, "mediaType");
    }

    public static ModuleSource of(URI url, MediaType mediaType, String code) {
        return new ModuleSource(url, mediaType, code, null);
    }

    /** The same module with transformed code, as a preprocessor returns it. */
    public ModuleSource withCode(MediaType newMediaType, String newCode, String newSourceMap) {
        return new ModuleSource(url, newMediaType, newCode, newSourceMap);
    }
}
