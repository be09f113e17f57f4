package org.ionjs.ext.base64;

import org.ionjs.runtime.spi.Extension;
import org.ionjs.runtime.spi.ExtensionSetup;

import java.util.List;

/** {@code atob} and {@code btoa} (HTML's forgiving-base64) and {@code reportError}, written in JavaScript. */
public final class Base64Extension implements Extension {
    @Override
    public String name() {
        return "base64";
    }

    @Override
    public List<String> requires() {
        return List.of("dom");
    }

    @Override
    public void setup(ExtensionSetup setup) {
        setup.script("ion/ext/base64/00_base64.js")
                .script("ion/ext/base64/01_report_error.js");
    }
}
