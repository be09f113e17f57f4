package org.ionjs.runtime.internal.modules;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.SequencedSet;

/**
 * Shows Deno's {@code Download <url>} on one terminal line that each download overwrites and that is
 * cleared when the last one ends, so a finished run leaves nothing behind.
 */
public final class TerminalProgress implements ProgressListener {
    /** Carriage return, then erase the whole line. */
    private static final String CLEAR_LINE = "\r\033[2K";
    private static final int DEFAULT_COLUMNS = 80;

    private final PrintStream out;
    private final int columns;
    private final SequencedSet<URI> inFlight = new LinkedHashSet<>();

    TerminalProgress(PrintStream out, int columns) {
        this.out = out;
        this.columns = columns;
    }

    /**
     * Progress on stderr when it is a terminal, else nothing, so that pipes, logs and tests stay clean.
     * Java 21 cannot ask whether one stream is a terminal, so this reads where Linux says fd 2 points,
     * as Ion's console does.
     */
    public static ProgressListener forStderr() {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
            if (target.startsWith("/dev/pts/") || target.startsWith("/dev/tty")) {
                return new TerminalProgress(System.err, terminalColumns());
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Not Linux, or no fd 2: treat as no terminal.
        }
        return SILENT;
    }

    @Override
    public synchronized void started(URI url) {
        inFlight.add(url);
        show(url);
    }

    @Override
    public synchronized void finished(URI url) {
        inFlight.remove(url);
        if (inFlight.isEmpty()) {
            out.print(CLEAR_LINE);
            out.flush();
        } else {
            show(inFlight.getLast());
        }
    }

    /** Cut to the terminal's width: a wrapped line would not be erased by the next carriage return. */
    private void show(URI url) {
        String line = "Download " + url;
        if (line.length() >= columns) {
            line = line.substring(0, columns - 2) + "…";
        }
        out.print(CLEAR_LINE + line);
        out.flush();
    }

    /** Shells export {@code COLUMNS} only sometimes; without it assume the classic 80. */
    private static int terminalColumns() {
        try {
            int columns = Integer.parseInt(System.getenv().getOrDefault("COLUMNS", ""));
            return columns >= 20 ? columns : DEFAULT_COLUMNS;
        } catch (NumberFormatException e) {
            return DEFAULT_COLUMNS;
        }
    }
}
