package org.ionjs.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/** {@code ion eval <code>}: runs code as a module; with {@code -p}, prints the value of an expression. */
@Command(name = "eval", description = "Evaluate JavaScript from the command line.", mixinStandardHelpOptions = true)
final class EvalCommand implements Callable<Integer> {
    @Mixin
    RuntimeOptions runtime;

    @Option(names = {"-p", "--print"}, description = "Print the result of the expression, formatted like console.log.")
    boolean print;

    @Parameters(index = "0", paramLabel = "<code>", description = "The code to run.")
    String code;

    @Override
    public Integer call() {
        // As in Deno, -p turns the code into console.log(<code>), so the value is formatted as console.log does.
        String source = print ? "console.log(" + code + "\n)" : code;
        return new ScriptRunner().run(runtime, ScriptRunner.workingDirectory(), context -> context.evalModule(ScriptRunner.mainUrl("eval", "js"), source));
    }
}
