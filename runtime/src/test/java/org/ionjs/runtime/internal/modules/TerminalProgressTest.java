package org.ionjs.runtime.internal.modules;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

class TerminalProgressTest {
    private static final String CLEAR = "\r\033[2K";

    @Test
    void eachDownloadOverwritesTheLineAndTheLastToFinishClearsIt() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 80);
        URI a = URI.create("https://a.example/a.ts");
        URI b = URI.create("https://b.example/b.ts");
        progress.started(a);
        progress.started(b);
        progress.finished(b);
        progress.finished(a);
        assertEquals(CLEAR + "Download " + a + CLEAR + "Download " + b + CLEAR + "Download " + a + CLEAR,
                bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aLongUrlIsCutToTheTerminalWidthSoTheLineCanBeErased() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TerminalProgress progress = new TerminalProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8), 30);
        progress.started(URI.create("https://example.com/a/very/long/path/to/mod.ts"));
        assertEquals(CLEAR + "Download https://example.com…", bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void offATerminalNothingIsShown() {
        // Surefire pipes the test JVM's stderr, so it is not a terminal here.
        assertSame(ProgressListener.SILENT, TerminalProgress.forStderr());
    }
}
