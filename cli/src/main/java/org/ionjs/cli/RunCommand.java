package org.ionjs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code ion run <file>}: runs an ES module and its static imports, with top-level await. */
@Command(name = "run", description = "Run a JavaScript module.", mixinStandardHelpOptions = true)
final class RunCommand implements Callable<Integer> {
    @Mixin
    RuntimeOptions runtime;

    @Parameters(index = "0", paramLabel = "<file>", description = "The module to run (.js or .mjs).")
    Path file;

    @Parameters(index = "1..*", paramLabel = "<args>", description = "Arguments for the script.")
    List<String> args = List.of();

    @Override
    public Integer call() {
        return new ScriptRunner().run(runtime, context -> context.evalModule(file));
    }
}
