package org.ionjs.cli;

import org.ionjs.runtime.JsRuntime;
import picocli.CommandLine.Option;

import java.util.List;

/** Options every command that runs code shares (a picocli mixin). */
final class RuntimeOptions {
    @Option(names = "--v8-flags", split = ",", paramLabel = "<flags>",
            description = "V8 flags, comma-separated, as in Deno: --v8-flags=--max-old-space-size=512,--expose-gc")
    List<String> v8Flags = List.of();

    /** The CLI makes one context, so it keeps no spare isolate. */
    JsRuntime newRuntime() {
        return JsRuntime.newBuilder().v8Flags(v8Flags.toArray(String[]::new)).spareIsolates(0).build();
    }
}
