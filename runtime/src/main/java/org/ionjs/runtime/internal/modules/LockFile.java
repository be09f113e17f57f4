package org.ionjs.runtime.internal.modules;

import org.ionjs.runtime.internal.AtomicFiles;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Deno-style lockfile ({@code ion.lock}): the SHA-256 of every remote module's body, keyed by the
 * module's final URL, so code that changed on the server since it was locked is refused instead of run.
 * <pre>{
 *   "version": "1",
 *   "remote": {
 *     "https://example.com/mod.ts": "&lt;sha256 hex&gt;"
 *   }
 * }</pre>
 * Safe to use from several threads.
 */
public final class LockFile {
    private static final String VERSION = "1";

    private final Path file;
    private final boolean frozen;
    /** Sorted, so the file does not churn in version control when modules load in another order. */
    private final SortedMap<String, String> remote;
    private boolean changed;

    private LockFile(Path file, boolean frozen, SortedMap<String, String> remote) {
        this.file = file;
        this.frozen = frozen;
        this.remote = remote;
    }

    /** Reads {@code file}; a missing file is an empty lock that {@link #save()} creates. */
    public static LockFile load(Path file) {
        return load(file, false);
    }

    /** As {@link #load(Path)}; when {@code frozen} (Ion's {@code --frozen}) the lock must not change. */
    public static LockFile load(Path file, boolean frozen) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return new LockFile(file, frozen, new TreeMap<>());
        } catch (IOException e) {
            throw new RemoteModuleException("Cannot read lockfile \"" + file + "\": " + e
                    + "; check that it is a readable file", e);
        }
        return new LockFile(file, frozen, parse(file, text));
    }

    /**
     * Accepts {@code body} as the module at {@code url}: records its hash if the lock has none (and is
     * not frozen), else requires the recorded one. Call it for cache reads as well as downloads, since
     * a cache can be altered too.
     *
     * @throws LockFileMismatchException when the hash differs, or a frozen lock lacks the module
     */
    public synchronized void check(URI url, byte[] body) {
        String key = url.toString();
        String actual = Sha256.hex(body);
        String expected = remote.get(key);
        if (expected == null) {
            if (frozen) {
                throw new LockFileMismatchException("Module \"" + key + "\" is not in " + file.getFileName()
                        + ", and --frozen forbids adding it; run once without --frozen to record it");
            }
            remote.put(key, actual);
            changed = true;
        } else if (!expected.equals(actual)) {
            throw new LockFileMismatchException("Integrity check failed for \"" + key + "\": "
                    + file.getFileName() + " has sha256 " + expected + " but the module has sha256 " + actual
                    + "; if the module changed on purpose, delete its entry from " + file.getFileName()
                    + " and run again with --reload");
        }
    }

    /** Writes the lock if {@link #check} recorded anything since it was loaded or last saved. */
    public synchronized void save() {
        if (!changed) {
            return;
        }
        try {
            AtomicFiles.write(file, temp -> Files.writeString(temp, render(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new RemoteModuleException("Cannot write lockfile \"" + file + "\": " + e
                    + "; check that its directory is writable", e);
        }
        changed = false;
    }

    /** Only called once something was recorded, so {@code remote} is never empty here. */
    private String render() {
        StringBuilder out = new StringBuilder("{\n  \"version\": ").append(MiniJson.quote(VERSION))
                .append(",\n  \"remote\": {");
        String separator = "\n";
        for (Map.Entry<String, String> entry : remote.entrySet()) {
            out.append(separator).append("    ").append(MiniJson.quote(entry.getKey()))
                    .append(": ").append(MiniJson.quote(entry.getValue()));
            separator = ",\n";
        }
        return out.append("\n  }\n}\n").toString();
    }

    private static SortedMap<String, String> parse(Path file, String text) {
        Object root;
        try {
            root = MiniJson.parse(text);
        } catch (IllegalArgumentException e) {
            throw new RemoteModuleException("Lockfile \"" + file + "\" is not valid JSON (" + e.getMessage()
                    + "); repair it, or delete it to record the modules again");
        }
        String shape = "; expected {\"version\": \"1\", \"remote\": {\"<url>\": \"<sha256>\"}}; "
                + "repair it, or delete it to record the modules again";
        if (!(root instanceof Map<?, ?> top)) {
            throw new RemoteModuleException("Lockfile \"" + file + "\" is not an object" + shape);
        }
        if (!VERSION.equals(top.get("version"))) {
            throw new RemoteModuleException("Lockfile \"" + file + "\" has version " + describe(top.get("version"))
                    + " but Ion reads version \"" + VERSION + "\"" + shape);
        }
        SortedMap<String, String> remote = new TreeMap<>();
        Object entries = top.get("remote");
        if (entries == null) {
            return remote;
        }
        if (!(entries instanceof Map<?, ?> map)) {
            throw new RemoteModuleException("Lockfile \"" + file + "\" has a \"remote\" that is not an object" + shape);
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getValue() instanceof String hash)) {
                throw new RemoteModuleException("Lockfile \"" + file + "\" has a non-string hash for \""
                        + entry.getKey() + "\"" + shape);
            }
            remote.put((String) entry.getKey(), hash);
        }
        return remote;
    }

    private static String describe(Object value) {
        return value instanceof String s ? MiniJson.quote(s) : "missing or not a string";
    }

    /**
     * Just enough JSON for the lockfile, until it moves to the package's shared {@code Json}: the
     * parser returns the same shapes (LinkedHashMap, ArrayList, String, Double, Boolean, null).
     */
    private static final class MiniJson {
        private final String text;
        private int pos;

        private MiniJson(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            MiniJson parser = new MiniJson(text);
            Object value = parser.value();
            parser.skipSpace();
            if (parser.pos != text.length()) {
                throw parser.error("unexpected text after the end");
            }
            return value;
        }

        static String quote(String s) {
            StringBuilder out = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
                }
            }
            return out.append('"').toString();
        }

        private Object value() {
            skipSpace();
            if (pos >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(pos);
            return switch (c) {
                case '{' -> object();
                case '[' -> array();
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            pos++;
            if (consume('}')) {
                return map;
            }
            do {
                skipSpace();
                if (pos >= text.length() || text.charAt(pos) != '"') {
                    throw error("expected a string key");
                }
                String key = string();
                expect(':');
                map.put(key, value());
            } while (consume(','));
            expect('}');
            return map;
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            pos++;
            if (consume(']')) {
                return list;
            }
            do {
                list.add(value());
            } while (consume(','));
            expect(']');
            return list;
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            pos++;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (pos >= text.length()) {
                    break;
                }
                char escape = text.charAt(pos++);
                switch (escape) {
                    case '"', '\\', '/' -> out.append(escape);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (pos + 4 > text.length()) {
                            throw error("bad \\u escape");
                        }
                        try {
                            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        } catch (NumberFormatException e) {
                            throw error("bad \\u escape");
                        }
                        pos += 4;
                    }
                    default -> throw error("bad escape \\" + escape);
                }
            }
            throw error("unterminated string");
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, pos)) {
                throw error("unexpected character");
            }
            pos += word.length();
            return value;
        }

        private Double number() {
            int start = pos;
            while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
            try {
                return Double.valueOf(text.substring(start, pos));
            } catch (NumberFormatException e) {
                pos = start;
                throw error("unexpected character");
            }
        }

        private boolean consume(char c) {
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!consume(c)) {
                throw error("expected '" + c + "'");
            }
        }

        private void skipSpace() {
            while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }

        private IllegalArgumentException error(String what) {
            return new IllegalArgumentException(what + " at character " + pos);
        }
    }
}
