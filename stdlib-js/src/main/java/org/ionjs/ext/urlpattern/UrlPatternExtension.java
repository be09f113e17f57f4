package org.ionjs.ext.urlpattern;

import org.ionjs.runtime.spi.Extension;
import org.ionjs.runtime.spi.ExtensionSetup;

import java.util.List;

/**
 * The URL Pattern Standard: {@code URLPattern}. The tokenizer, the parsers and the regular expressions are
 * JavaScript; components are canonicalized with the url extension's parser. Java only answers whether a
 * non-ASCII code point may start or continue a group name (ID_Start / ID_Continue): V8 is built without
 * ICU here, so {@code \p{ID_Start}} is not available to the JavaScript.
 */
public final class UrlPatternExtension implements Extension {

    @Override
    public String name() {
        return "urlpattern";
    }

    /** The URL parser ({@code internals.urlParsing}) and the WebIDL helpers ({@code internals.webidl}). */
    @Override
    public List<String> requires() {
        return List.of("url", "dom");
    }

    @Override
    public void setup(ExtensionSetup setup) {
        setup.op("op_urlpattern_is_identifier", call -> isIdentifier(call.integer(0), call.bool(1)))
                .script("ion/ext/urlpattern/00_pattern.js")
                .script("ion/ext/urlpattern/01_urlpattern.js");
    }

    /** ID_Start when {@code first}, else ID_Continue (which, unlike Java's identifier parts, has no ignorables). */
    private static boolean isIdentifier(int codePoint, boolean first) {
        if (first) {
            return Character.isUnicodeIdentifierStart(codePoint);
        }
        return Character.isUnicodeIdentifierPart(codePoint) && !Character.isIdentifierIgnorable(codePoint);
    }
}
