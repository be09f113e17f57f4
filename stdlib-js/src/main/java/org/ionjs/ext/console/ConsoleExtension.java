package org.ionjs.ext.console;

import org.ionjs.runtime.spi.Extension;
import org.ionjs.runtime.spi.ExtensionSetup;
import org.ionjs.runtime.spi.OpCall;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The WHATWG {@code console} and the value formatter behind it ({@code internals.inspect}), which
 * the REPL and error reports share.
 */
public final class ConsoleExtension implements Extension {
    private static final boolean NO_COLOR = System.getenv("NO_COLOR") != null && !System.getenv("NO_COLOR").isEmpty();

    @Override
    public String name() {
        return "console";
    }

    @Override
    public void setup(ExtensionSetup setup) {
        setup.op("op_print", ConsoleExtension::print)
                .op("op_is_terminal", ConsoleExtension::isTerminal)
                .op("op_now", call -> System.nanoTime() / 1e6)
                .script("ion/ext/console/00_inspect.js")
                .script("ion/ext/console/01_console.js");
    }

    private static PrintStream stream(OpCall call, boolean toStderr) {
        return toStderr ? call.host().stderr() : call.host().stdout();
    }

    /** Writes and flushes at once, so output interleaves as written and none is lost on exit. */
    private static Object print(OpCall call) {
        PrintStream out = stream(call, call.bool(1));
        out.print(wellFormed(call.string(0)));
        out.flush();
        return null;
    }

    /** Replaces lone surrogates with U+FFFD, as Deno writes them, where the UTF-8 encoder would write "?". */
    static String wellFormed(String text) {
        StringBuilder result = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                if (result != null) {
                    result.append(c);
                }
                continue;
            }
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (result == null) {
                result = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (paired) {
                result.append(c).append(text.charAt(++i));
            } else {
                result.append('\uFFFD');
            }
        }
        return result == null ? text : result.toString();
    }

    /**
     * Colours only when writing to the process's own terminal, and never under NO_COLOR. Java 21 cannot
     * ask whether one stream is a terminal, so this reads where Linux says the file descriptor points.
     */
    private static Object isTerminal(OpCall call) {
        boolean toStderr = call.bool(0);
        PrintStream out = stream(call, toStderr);
        if (NO_COLOR || out != (toStderr ? System.err : System.out)) {
            return false;
        }
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + (toStderr ? 2 : 1))).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
