package org.ionjs.cli;

import org.ionjs.runtime.JsRuntime;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** {@code ion}: the command-line runtime. Exit codes: 0 success, 1 an uncaught error, 2 bad usage. */
@Command(name = "ion",
        description = "A JavaScript and TypeScript runtime on V8 and the JVM.",
        versionProvider = VersionProvider.class,
        mixinStandardHelpOptions = true,
        subcommands = {RunCommand.class, EvalCommand.class, CacheCommand.class})
public final class Main implements Callable<Integer> {
    static final int EXIT_OK = 0;
    static final int EXIT_ERROR = 1;
    static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        // V8 takes ~40 ms to load; overlap that with parsing the command line. V8 reads its flags as it
        // loads, so a command line that may carry --v8-flags loads it later, with them.
        if (Arrays.stream(args).noneMatch(arg -> arg.startsWith("--v8-flags"))) {
            JsRuntime.preload();
        }
        CommandLine commandLine = new CommandLine(new Main());
        int code = commandLine.execute(args);
        System.out.flush();
        System.err.flush();
        System.exit(code);
    }

    /** {@code ion} alone shows what there is to run. */
    @Override
    public Integer call() {
        spec.commandLine().usage(System.err);
        return EXIT_USAGE;
    }
}
