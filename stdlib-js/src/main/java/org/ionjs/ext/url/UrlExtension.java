package org.ionjs.ext.url;

import org.ionjs.runtime.spi.Extension;
import org.ionjs.runtime.spi.ExtensionSetup;
import org.ionjs.runtime.spi.OpCall;

/**
 * The WHATWG URL Standard: {@code URL} and {@code URLSearchParams}. The parser and the host parser are
 * JavaScript; Java only runs UTS #46 ({@link Uts46}, through ICU4J) for domains that are not ASCII or have
 * an {@code xn--} label. Other ASCII domains are only lowercased in JavaScript and never reach Java.
 */
public final class UrlExtension implements Extension {

    @Override
    public String name() {
        return "url";
    }

    @Override
    public void setup(ExtensionSetup setup) {
        setup.op("op_url_domain_to_ascii", UrlExtension::domainToAscii)
                .script("ion/ext/url/00_url.js");
    }

    private static Object domainToAscii(OpCall call) {
        return Uts46.toAscii(call.string(0));
    }
}
