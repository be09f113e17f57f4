package org.ionjs.runtime.internal;

import org.ionjs.runtime.internal.modules.ModuleOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What every context of one runtime shares: V8 flags, extensions, module options, and the startup
 * snapshot holding the core and the extensions' scripts.
 */
public record RuntimeConfig(List<String> v8Flags, ExtensionRegistry extensions, ModuleOptions modules,
                            StartupSnapshot snapshot) {

    public static RuntimeConfig create(List<String> v8Flags, ExtensionRegistry extensions, ModuleOptions modules) {
        List<String> flags = List.copyOf(v8Flags);
        return new RuntimeConfig(flags, extensions, modules, new StartupSnapshot(flags,
                resource("ion/core/00_primordials.js"), resource("ion/core/01_core.js"), extensions.scripts(),
                CoreOps.OPS.keySet(), extensions.ops().keySet()));
    }

    private static String resource(String path) {
        try (InputStream in = RuntimeConfig.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The Ion runtime jar is missing " + path + "; rebuild it");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
