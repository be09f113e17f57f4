package org.ionjs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ion run <file|url|->}: runs an ES module and its imports, with top-level await. */
@Command(name = "run", description = "Run a JavaScript or TypeScript module.", mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {
    @Mixin
    RuntimeOptions runtime;

    @Option(names = "--ext", paramLabel = "<ext>", description = "The type of code read from stdin: js (default), ts, tsx or jsx.")
    String extension = "js";

    @Parameters(index = "0", paramLabel = "<module>", description = "A file, a URL (https:, file:, data:), or - for stdin.")
    String module;

    @Parameters(index = "1..*", paramLabel = "<args>", description = "Arguments for the script.")
    List<String> args = List.of();

    @Override
    public Integer call() {
        if (module.equals("-")) {
            String source = readStdin();
            return new ScriptRunner().run(runtime, ScriptRunner.workingDirectory(),
                    context -> context.evalModule(ScriptRunner.mainUrl("stdin", extension), source));
        }
        URI url = urlOrNull(module);
        if (url != null) {
            Path directory = "file".equals(url.getScheme()) ? Path.of(url).getParent() : ScriptRunner.workingDirectory();
            return new ScriptRunner().run(runtime, directory, context -> context.evalModule(url));
        }
        Path file = Path.of(module).toAbsolutePath();
        return new ScriptRunner().run(runtime, file.getParent(), context -> context.evalModule(file));
    }

    /** A specifier with a scheme (https:, file:, data:) is a URL; anything else is a path. */
    static URI urlOrNull(String specifier) {
        int colon = specifier.indexOf(':');
        if (colon < 2 || !specifier.substring(0, colon).matches("[a-zA-Z][a-zA-Z0-9+.-]*")) {
            return null;
        }
        try {
            return URI.create(specifier.replace(" ", "%20"));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String readStdin() {
        try {
            return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the module from stdin: " + e.getMessage(), e);
        }
    }
}
