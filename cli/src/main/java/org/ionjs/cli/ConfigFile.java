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
 * import map inline), or {@code "importMap"} naming an import map file. Found with {@code --config}, else
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

    /** Applies an import map given on the command line, else the one the config file holds or names. */
    static void applyImportMap(JsRuntime.Builder builder, Path importMapFile, Path configFile) {
        if (importMapFile != null) {
            Path file = importMapFile.toAbsolutePath();
            builder.importMap(read(file), file.toUri());
            return;
        }
        if (configFile == null) {
            return;
        }
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
