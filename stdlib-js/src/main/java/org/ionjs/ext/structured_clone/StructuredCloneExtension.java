package org.ionjs.ext.structured_clone;

import org.ionjs.runtime.spi.Extension;
import org.ionjs.runtime.spi.ExtensionSetup;

import java.util.List;

/** HTML's {@code structuredClone()}, written in JavaScript; also {@code internals.structuredClone}. */
public final class StructuredCloneExtension implements Extension {
    @Override
    public String name() {
        return "structured_clone";
    }

    @Override
    public List<String> requires() {
        return List.of("dom");
    }

    @Override
    public void setup(ExtensionSetup setup) {
        setup.script("ion/ext/structured_clone/00_structured_clone.js");
    }
}
