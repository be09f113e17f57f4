package org.ionjs.runtime.spi;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * A module to resolve: the specifier as written, the URL of the module that imports it (null for an
 * entry point), its import attributes ({@code with { type: "json" }}), and whether only its URL is wanted
 * ({@code import.meta.resolve()}), in which case resolvers need not load its source.
 */
public record ModuleRequest(String specifier, URI referrer, Map<String, String> attributes, boolean resolveOnly) {
    public ModuleRequest {
        Objects.requireNonNull(specifier, "specifier");
        attributes = Map.copyOf(attributes);
    }

    /** The same request for another specifier, as a resolver that rewrites specifiers passes on. */
    public ModuleRequest withSpecifier(String newSpecifier) {
        return new ModuleRequest(newSpecifier, referrer, attributes, resolveOnly);
    }
}
