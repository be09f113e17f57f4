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

    /** Version first, then the URLs in sorted order, as Deno writes its lockfile. */
    private String render() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("version", VERSION);
        root.put("remote", new LinkedHashMap<>(remote));
        return Json.stringify(root) + "\n";
    }

    private static SortedMap<String, String> parse(Path file, String text) {
        Object root;
        try {
            root = Json.parse(text);
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
        return value instanceof String s ? Json.stringify(s) : "missing or not a string";
    }
}
