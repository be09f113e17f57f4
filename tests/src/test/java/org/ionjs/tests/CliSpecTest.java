package org.ionjs.tests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.Timeout;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs {@code bin/ion} on every folder under {@code specs/<area>/<name>/} and compares its output
 * with the folder's expectations, in the style of Deno's own spec tests:
 * <ul>
 *   <li>{@code args}: the command line after {@code ion}, split on whitespace (default {@code run main.ts},
 *       or whichever of main.tsx, main.jsx, main.mjs, main.js exists);</li>
 *   <li>{@code expected.out}: stdout, exactly, where {@code [WILDCARD]} matches any text;</li>
 *   <li>{@code expected.err}: stderr, same rule; when absent, stderr must be empty;</li>
 *   <li>{@code exit_code}: the exit status (default 0);</li>
 *   <li>{@code stdin}: what the process reads on stdin (default nothing).</li>
 * </ul>
 * The folder is the working directory and {@code NO_COLOR=1} is set.
 */
class CliSpecTest {
    private static final String WILDCARD = "[WILDCARD]";
    private static final long CASE_TIMEOUT_SECONDS = 60;

    /**
     * One container per area, one test per case. The factory only lists folders, so its timeout is
     * short; each case enforces its own {@value #CASE_TIMEOUT_SECONDS} s limit while waiting for the
     * process, because JUnit's {@code @Timeout} does not reach dynamic tests.
     */
    private static SpecServer server;

    @BeforeAll
    static void startServer() throws IOException, InterruptedException {
        server = new SpecServer(ionHome().resolve("tests/src/test/resources/remote"));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @TestFactory
    @Timeout(30)
    Stream<DynamicNode> specs() throws IOException {
        Path root = ionHome().resolve("tests/src/test/resources/specs");
        List<DynamicNode> areas = new ArrayList<>();
        for (Path area : sortedDirectories(root)) {
            List<DynamicNode> cases = new ArrayList<>();
            for (Path folder : sortedDirectories(area)) {
                String name = area.getFileName() + "/" + folder.getFileName();
                cases.add(DynamicTest.dynamicTest(name, folder.toUri(), () -> runCase(folder)));
            }
            areas.add(DynamicContainer.dynamicContainer(area.getFileName().toString(), area.toUri(), cases.stream()));
        }
        return areas.stream();
    }

    @Test
    void wildcardMatchesAnyTextIncludingNewlines() {
        assertTrue(matches("a[WILDCARD]d", "a\nb\nc\nd"));
        assertTrue(matches("[WILDCARD]", ""));
        assertTrue(matches("x[WILDCARD]y[WILDCARD]z", "x1y2y3z"));
    }

    @Test
    void textWithoutWildcardMustMatchExactly() {
        assertTrue(matches("abc\n", "abc\n"));
        assertFalse(matches("abc\n", "abc"));
        assertFalse(matches("ab[WILDCARD]ba", "aba"), "the prefix and suffix must not overlap");
    }

    /**
     * Runs one case in a copy of its folder (what a case writes, such as an ion.lock, must not land in
     * the source tree) and checks exit code, stdout and stderr together, so one failure shows all three.
     */
    private static void runCase(Path source) throws Exception {
        Path folder = copyOf(source);
        List<String> command = new ArrayList<>();
        command.add(ionHome().resolve("bin/ion").toString());
        Path argsFile = folder.resolve("args");
        String args = Files.exists(argsFile) ? Files.readString(argsFile).strip() : "run " + mainFile(folder);
        if (!args.isEmpty()) { // an empty args file means `ion` alone
            command.addAll(List.of(args.split("\\s+")));
        }
        String what = "`ion " + args + "` in " + source;

        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
        builder.environment().put("NO_COLOR", "1");
        Process process = builder.start();
        // stdin: the folder's stdin file, else empty, so a script that reads it does not hang.
        try (var stdin = process.getOutputStream()) {
            Path input = folder.resolve("stdin");
            if (Files.exists(input)) {
                stdin.write(Files.readAllBytes(input));
            }
        }
        // Both pipes are drained at once: a child blocked writing a full stderr pipe while we read
        // only stdout would never exit.
        CompletableFuture<String> stdout = drain(process.getInputStream());
        CompletableFuture<String> stderr = drain(process.getErrorStream());
        if (!process.waitFor(CASE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            // Killing the process closes its pipes, so what it wrote so far can still be shown.
            throw new AssertionFailedError(what + ": did not exit within " + CASE_TIMEOUT_SECONDS + " s (killed)\n"
                    + section("stdout so far", stdout.completeOnTimeout("", 5, TimeUnit.SECONDS).join())
                    + section("stderr so far", stderr.completeOnTimeout("", 5, TimeUnit.SECONDS).join()));
        }
        String out = stdout.get(10, TimeUnit.SECONDS);
        String err = stderr.get(10, TimeUnit.SECONDS);
        int exitCode = process.exitValue();

        String expectedOut = read(folder.resolve("expected.out"));
        String expectedErr = Files.exists(folder.resolve("expected.err")) ? read(folder.resolve("expected.err")) : "";
        Path exitFile = folder.resolve("exit_code");
        int expectedExit = Files.exists(exitFile) ? Integer.parseInt(Files.readString(exitFile).strip()) : 0;

        StringBuilder problems = new StringBuilder();
        if (exitCode != expectedExit) {
            problems.append("exit code: expected ").append(expectedExit).append(", got ").append(exitCode).append('\n');
        }
        if (!matches(expectedOut, out)) {
            problems.append(section("expected stdout", expectedOut)).append(section("actual stdout", out));
        }
        if (!matches(expectedErr, err)) {
            problems.append(section("expected stderr", expectedErr)).append(section("actual stderr", err));
        } else if (!problems.isEmpty()) {
            problems.append(section("stderr", err)); // when stdout or the exit code is wrong, it usually says why
        }
        if (!problems.isEmpty()) {
            throw new AssertionFailedError(what + " (" + WILDCARD + " matches any text)\n" + problems);
        }
    }

    private static String section(String title, String text) {
        return "--- " + title + " ---\n" + text + (text.isEmpty() || text.endsWith("\n") ? "" : "\n");
    }

    /**
     * Deno's {@code [WILDCARD]} rule: the text before the first wildcard is a prefix, the text after the
     * last is a suffix, and the pieces between appear in order. Taking each piece at its leftmost
     * position is enough, since it leaves the most room for the pieces after it.
     */
    static boolean matches(String expected, String actual) {
        String[] parts = expected.split(Pattern.quote(WILDCARD), -1);
        if (parts.length == 1) {
            return expected.equals(actual);
        }
        String last = parts[parts.length - 1];
        if (!actual.startsWith(parts[0]) || actual.length() < parts[0].length() + last.length()) {
            return false;
        }
        int position = parts[0].length();
        for (int i = 1; i < parts.length - 1; i++) {
            int found = actual.indexOf(parts[i], position);
            if (found < 0) {
                return false;
            }
            position = found + parts[i].length();
        }
        return actual.length() - last.length() >= position && actual.endsWith(last);
    }

    /** Reads a whole stream on its own virtual thread (blocking reads do not belong in the common pool). */
    private static CompletableFuture<String> drain(InputStream stream) {
        CompletableFuture<String> text = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try (stream) {
                text.complete(normalize(new String(stream.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                text.completeExceptionally(new UncheckedIOException(e));
            }
        });
        return text;
    }

    /** The case's entry module: main.ts, main.tsx, main.jsx, main.mjs or main.js, the first that exists. */
    private static String mainFile(Path folder) {
        for (String name : List.of("main.ts", "main.tsx", "main.jsx", "main.mjs")) {
            if (Files.exists(folder.resolve(name))) {
                return name;
            }
        }
        return "main.js";
    }

    private static Path copyOf(Path source) throws IOException {
        Path target = Files.createTempDirectory("ion-spec-").resolve(source.getFileName());
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.copy(file, target.resolve(source.relativize(file).toString()));
            }
        }
        return target;
    }

    private static String read(Path file) throws IOException {
        return normalize(Files.readString(file));
    }

    /** Expected files checked out with CRLF line ends (Windows) still compare equal. */
    private static String normalize(String text) {
        return text.replace("\r\n", "\n");
    }

    /**
     * The repository root: surefire passes it as {@code ion.home}. When Maven starts from a module
     * folder that property is the module, so walk up to the folder that has {@code bin/ion}.
     */
    static Path ionHome() {
        Path start = Path.of(System.getProperty("ion.home", ".")).toAbsolutePath().normalize();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("bin/ion"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no bin/ion in " + start + " or above; set -Dion.home to the Ion checkout");
    }

    private static List<Path> sortedDirectories(Path parent) throws IOException {
        try (Stream<Path> children = Files.list(parent)) {
            return children.filter(Files::isDirectory).sorted().toList();
        }
    }
}
