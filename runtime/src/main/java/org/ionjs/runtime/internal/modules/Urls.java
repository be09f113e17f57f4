package org.ionjs.runtime.internal.modules;

import java.net.URI;
import java.nio.file.Path;

/** URL helpers shared by the resolvers. */
final class Urls {
    private Urls() {
    }

    /**
     * {@code URI.resolve} drops the empty authority of {@code file:///}; going through a Path restores it,
     * so every file URL prints as {@code file:///path}, the module's identity everywhere.
     */
    static URI canonical(URI url) {
        return "file".equals(url.getScheme()) && url.getQuery() == null ? Path.of(url).toUri() : url;
    }

    /** An absolute URL from a specifier such as {@code file:///a.js} or {@code https://x/a.js}, or null. */
    static URI absolute(String specifier) {
        try {
            URI url = new URI(specifier);
            return url.isAbsolute() ? canonical(url) : null;
        } catch (Exception e) {
            return null;
        }
    }
}
