package org.ionjs.runtime.internal;

import org.ionjs.runtime.internal.modules.ModuleOptions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What every context of one runtime shares: V8 flags, extensions, module options, the core's own scripts,
 * and V8's code cache for the standard library's scripts, which the first context fills.
 */
public record RuntimeConfig(List<String> v8Flags, ExtensionRegistry extensions, ModuleOptions modules,
                            String primordialsSource, String coreSource, CodeCache codeCache) {

    public static RuntimeConfig create(List<String> v8Flags, ExtensionRegistry extensions, ModuleOptions modules) {
        return new RuntimeConfig(List.copyOf(v8Flags), extensions, modules,
                resource("ion/core/00_primordials.js"), resource("ion/core/01_core.js"),
                new CodeCache(IonDirectories.cacheRoot().resolve("code"), v8Flags));
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
