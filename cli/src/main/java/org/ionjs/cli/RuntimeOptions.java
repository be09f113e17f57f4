package org.ionjs.cli;

import org.ionjs.runtime.FetchPolicy;
import org.ionjs.runtime.JsRuntime;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/** Options every command that runs or loads code shares (a picocli mixin). */
final class RuntimeOptions {
    @Option(names = "--v8-flags", split = ",", paramLabel = "<flags>",
            description = "V8 flags, comma-separated, as in Deno: --v8-flags=--max-old-space-size=512,--expose-gc")
    List<String> v8Flags = List.of();

    @Option(names = {"-r", "--reload"}, description = "Download every remote module again.")
    boolean reload;

    @Option(names = "--cached-only", description = "Never download; use only remote modules already cached.")
    boolean cachedOnly;

    @Option(names = "--lock", paramLabel = "<file>",
            description = "The lockfile that records remote modules' SHA-256 (default: ion.lock next to the entry module).")
    Path lock;

    @Option(names = "--frozen",
            description = "Run only what the lockfile and the cache hold: fail instead of downloading or adding lockfile entries.")
    boolean frozen;

    @Option(names = "--import-map", paramLabel = "<file>", description = "An import map file (WHATWG import maps).")
    Path importMap;

    @Option(names = {"-c", "--config"}, paramLabel = "<file>",
            description = "The config file (default: the nearest ion.json from the working directory up).")
    Path config;

    /** The CLI makes one context, so it keeps no spare isolate. */
    JsRuntime newRuntime(Path entryDirectory) {
        JsRuntime.Builder builder = JsRuntime.newBuilder()
                .v8Flags(v8Flags.toArray(String[]::new))
                .spareIsolates(0)
                .fetchPolicy(cachedOnly || frozen ? FetchPolicy.CACHED_ONLY : reload ? FetchPolicy.RELOAD : FetchPolicy.USE_CACHE)
                .lockFile(lock != null ? lock : entryDirectory.resolve("ion.lock"), frozen);
        ConfigFile.apply(builder, importMap, ConfigFile.find(config, ScriptRunner.workingDirectory()));
        return builder.build();
    }
}
