package org.ionjs.cli;

import org.ionjs.runtime.JsRuntime;
import org.ionjs.runtime.internal.modules.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code ion.json}, Ion's counterpart of {@code deno.json}: {@code "imports"} and {@code "scopes"} (an
 * import map inline), or {@code "importMap"} naming an import map file, and JSX compiler options. Found with {@code --config}, else
 * as {@code ion.json} in the working directory or the nearest folder above it.
 */
final class ConfigFile {
    private ConfigFile() {
    }

    /** The config file to use: the one given, else the nearest ion.json, else null. */
    static Path find(Path given, Path start) {
        if (given != null) {
            return given.toAbsolutePath();
        }
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("ion.json");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Applies the config file to a runtime: an import map given on the command line, else the one the
     * config holds or names; and JSX settings from {@code "compilerOptions"} as deno.json spells them
     * ({@code "jsx": "react-jsx"} with {@code "jsxImportSource"}, or {@code "jsxFactory"} and
     * {@code "jsxFragmentFactory"}).
     */
    static void apply(JsRuntime.Builder builder, Path importMapFile, Path configFile) {
        Map<?, ?> config = configFile == null ? Map.of() : parse(configFile);
        if (importMapFile != null) {
            Path file = importMapFile.toAbsolutePath();
            builder.importMap(read(file), file.toUri());
        } else if (configFile != null) {
            applyImportMap(builder, configFile, config);
        }
        if (config.get("compilerOptions") instanceof Map<?, ?> compilerOptions) {
            applyJsx(builder, configFile, compilerOptions);
        }
    }

    private static void applyJsx(JsRuntime.Builder builder, Path configFile, Map<?, ?> options) {
        Object jsx = options.get("jsx");
        if ("react-jsx".equals(jsx) || "react-jsxdev".equals(jsx) || "precompile".equals(jsx)) {
            if (!(options.get("jsxImportSource") instanceof String source)) {
                throw new IllegalArgumentException("Config file " + configFile + " sets \"jsx\": \"" + jsx
                        + "\" without \"jsxImportSource\"; name the package JSX imports from, such as \"preact\"");
            }
            builder.jsxAutomatic(source);
        } else if (options.get("jsxFactory") instanceof String factory) {
            Object fragment = options.get("jsxFragmentFactory");
            builder.jsxClassic(factory, fragment instanceof String f ? f : "React.Fragment");
        }
    }

    private static Map<?, ?> parse(Path configFile) {
        Object parsed;
        try {
            parsed = Json.parse(read(configFile));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Config file " + configFile + " is not valid JSON: " + e.getMessage()
                    + "; fix it or pass another with --config", e);
        }
        if (!(parsed instanceof Map<?, ?> config)) {
            throw new IllegalArgumentException("Config file " + configFile + " must hold a JSON object");
        }
        return config;
    }

    private static void applyImportMap(JsRuntime.Builder builder, Path configFile, Map<?, ?> config) {
        if (config.get("importMap") instanceof String name) {
            Path file = configFile.getParent().resolve(name).normalize();
            builder.importMap(read(file), file.toUri());
        } else if (config.containsKey("imports") || config.containsKey("scopes")) {
            Map<String, Object> map = new LinkedHashMap<>();
            if (config.containsKey("imports")) {
                map.put("imports", config.get("imports"));
            }
            if (config.containsKey("scopes")) {
                map.put("scopes", config.get("scopes"));
            }
            builder.importMap(Json.stringify(map), configFile.toUri());
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
