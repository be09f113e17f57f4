package org.ionjs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code ion cache <module>}: downloads a module and its static imports into the cache, running nothing. */
@Command(name = "cache", description = "Download a module and its static imports into the cache, without running them.",
        mixinStandardHelpOptions = true)
final class CacheCommand implements Callable<Integer> {
    @Mixin
    RuntimeOptions runtime;

    @Parameters(index = "0", paramLabel = "<module>", description = "A URL or a file.")
    String module;

    @Override
    public Integer call() {
        URI url = RunCommand.urlOrNull(module);
        Path entry = url == null ? Path.of(module).toAbsolutePath() : null;
        URI target = url != null ? url : entry.toUri();
        Path directory = entry != null ? entry.getParent() : ScriptRunner.workingDirectory();
        return new ScriptRunner().run(runtime, directory, context -> context.loadModule(target));
    }
}
