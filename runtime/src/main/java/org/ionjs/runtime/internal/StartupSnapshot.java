package org.ionjs.runtime.internal;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.interop.loader.JavetLibLoader;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.V8Script;
import com.caoccao.javet.values.reference.V8ValueArray;
import com.caoccao.javet.values.reference.V8ValueFunction;
import com.caoccao.javet.values.reference.V8ValueObject;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The V8 startup snapshot every context of a runtime starts from: the primordials, the core and every
 * extension's scripts, already run. Java callbacks cannot live in a snapshot, so each op is a lazy
 * property there that asks the context's binder for its Java function on first use and then keeps it: a
 * context sets one binder per ops object and runs the {@code internals.onContextStart} functions, instead
 * of running ~400 KB of JavaScript and making a Java function for each of dozens of ops.
 *
 * <p>Made once per runtime configuration and kept in memory and under the cache directory, so a CLI start
 * does not pay the time it takes to make. V8 trusts a snapshot blindly and a damaged one crashes the
 * process, so the file carries a fingerprint of its content and a file that fails the check is remade.
 */
final class StartupSnapshot {
    /** The global that hands the snapshot's binders, internals and core helpers to the restoring context. */
    static final String BOOT_GLOBAL = "__ionBoot";
    /**
     * Makes each op name a lazy property of {@code ops}: on first use it gets the op's Java function from
     * {@code binder.bind(name)} (set by the context after restore; until then it throws) and becomes a plain
     * value. Runs before any user code, so the captured Object.defineProperty is the real one.
     */
    private static final String LAZY_OPS = """
            (function (ops, names, binder) {
              const defineProperty = Object.defineProperty;
              binder.bind = (name) => {
                throw new Error(`ops.${name} was used while the standard library was loading`);
              };
              for (let i = 0; i < names.length; i++) {
                const name = names[i];
                defineProperty(ops, name, {
                  configurable: true,
                  enumerable: true,
                  get() {
                    const fn = binder.bind(name);
                    defineProperty(ops, name, { value: fn, writable: false, enumerable: true, configurable: false });
                    return fn;
                  },
                });
              }
            })""";
    private static final int DIGEST_LENGTH = Fingerprint.LENGTH;
    private static final int KEPT_SNAPSHOTS = 16;
    /** The key of the only snapshot this process makes isolates from; see {@link #ownsProcessSnapshot}. */
    private static final AtomicReference<String> PROCESS_SNAPSHOT = new AtomicReference<>();
    private static byte[] processBlob;
    private static List<String> processFlags;
    private static final Set<V8Runtime> FROM_PROCESS_SNAPSHOT = ConcurrentHashMap.newKeySet();
    /** See {@link #ownsProcessSnapshot}; held so that it is never closed. */
    @SuppressWarnings("unused")
    private static V8Runtime anchor;

    private final List<String> flags;
    private final String primordialsSource;
    private final String coreSource;
    private final List<ExtensionRegistry.Script> scripts;
    private final List<String> coreOps;
    private final List<String> extensionOps;
    private volatile String key;

    StartupSnapshot(List<String> flags, String primordialsSource, String coreSource, List<ExtensionRegistry.Script> scripts,
                    Collection<String> coreOps, Collection<String> extensionOps) {
        this.flags = flags;
        this.primordialsSource = primordialsSource;
        this.coreSource = coreSource;
        this.scripts = scripts;
        // Sorted: the names shape the snapshot's key, and Map.of iterates in a different order in each JVM.
        this.coreOps = coreOps.stream().sorted().toList();
        this.extensionOps = extensionOps.stream().sorted().toList();
    }

    /**
     * Any thread: a new isolate with the core and the extensions loaded. It is restored from the snapshot
     * when this configuration owns the process's snapshot; otherwise the scripts run in it now.
     */
    V8Runtime newIsolate() {
        byte[] blob = ownsProcessSnapshot() ? blob() : null;
        V8Runtime v8 = V8Engine.newIsolate(flags, blob);
        if (blob != null) {
            FROM_PROCESS_SNAPSHOT.add(v8);
        } else {
            try {
                populate(v8);
            } catch (JavetException | RuntimeException e) {
                IsolateSupply.close(v8);
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e.getMessage(), e);
            }
        }
        return v8;
    }

    /**
     * Javet holds one custom snapshot per process: while an isolate made from one is alive, isolates asked
     * for from another get the first one's content (or crash the process). So the first configuration to
     * make an isolate owns the process's snapshot, and the others load their scripts into each isolate.
     * Javet also aborted (a libc++ bounds check) when, after every isolate of the custom snapshot had
     * closed, one was made again while isolates from V8's own snapshot were alive: see {@link #beforeClose}.
     */
    private boolean ownsProcessSnapshot() {
        String key = key();
        return PROCESS_SNAPSHOT.compareAndSet(null, key) || PROCESS_SNAPSHOT.get().equals(key);
    }

    /**
     * Loop thread, before an isolate closes: when it is the last one alive made from the process's snapshot,
     * an anchor isolate made from the snapshot first, and never closed, keeps Javet's snapshot state from
     * being torn down. Made then rather than up front, so that a CLI start does not pay for it.
     */
    static void beforeClose(V8Runtime v8) {
        synchronized (StartupSnapshot.class) {
            if (FROM_PROCESS_SNAPSHOT.remove(v8) && FROM_PROCESS_SNAPSHOT.isEmpty() && anchor == null) {
                anchor = V8Engine.newIsolate(processFlags, processBlob);
            }
        }
    }

    /** The process's snapshot (this configuration's), made or read from the cache on first use. */
    private byte[] blob() {
        synchronized (StartupSnapshot.class) {
            if (processBlob == null) {
                processBlob = load(key());
                processFlags = flags;
            }
            return processBlob;
        }
    }

    private byte[] load(String key) {
        Path directory = IonDirectories.cacheRoot().resolve("snapshots");
        Path file = directory.resolve(key + ".bin");
        byte[] cached = readVerified(file);
        if (cached != null) {
            markUsed(file);
            return cached;
        }
        byte[] made = V8Engine.createSnapshot(flags, this::populate);
        writeVerified(file, made);
        prune(directory, KEPT_SNAPSHOTS);
        return made;
    }

    /** The modification time says when a snapshot was last used, for {@link #prune}. */
    private static void markUsed(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException ignored) {
            // only the pruning order suffers
        }
    }

    /**
     * Keeps the {@code kept} snapshots used last: every Ion version, standard-library change and embedder
     * configuration makes its own (~1 MB each), and nothing else would ever remove the old ones.
     */
    static void prune(Path directory, int kept) {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> snapshots = files.filter(f -> f.getFileName().toString().endsWith(".bin"))
                    .sorted(Comparator.comparing(StartupSnapshot::lastModified).reversed())
                    .toList();
            for (Path stale : snapshots.subList(Math.min(kept, snapshots.size()), snapshots.size())) {
                Files.deleteIfExists(stale);
            }
        } catch (IOException | UncheckedIOException e) {
            System.getLogger(StartupSnapshot.class.getName()).log(System.Logger.Level.DEBUG, "Cannot prune " + directory, e);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /**
     * Runs the primordials, the core and the extension scripts in the snapshot's isolate (or in a context's
     * own, see {@link #newIsolate}), with ops objects of lazy properties, and parks what the context needs
     * on {@link #BOOT_GLOBAL}.
     */
    private void populate(V8Runtime v8) throws JavetException {
        try (V8ValueObject global = v8.getGlobalObject();
             V8ValueObject primordials = v8.getExecutor(primordialsSource)
                     .setResourceName("ext:core/00_primordials.js").execute();
             V8ValueObject internals = v8.createV8ValueObject();
             V8ValueObject coreBinder = v8.createV8ValueObject();
             V8ValueObject binder = v8.createV8ValueObject();
             V8ValueObject coreOpsObject = lazyOps(v8, coreOps, coreBinder);
             V8ValueObject ops = lazyOps(v8, extensionOps, binder);
             V8ValueObject boot = v8.createV8ValueObject()) {
            try (V8Value helpers = run(v8, "ext:core/01_core.js", coreSource, coreOpsObject, internals, primordials)) {
                boot.set("helpers", helpers);
            }
            for (ExtensionRegistry.Script script : scripts) {
                run(v8, script.name(), script.source(), ops, internals, primordials).close();
            }
            boot.set("coreBinder", coreBinder, "binder", binder, "internals", internals);
            global.set(BOOT_GLOBAL, boot);
        }
    }

    private static V8ValueObject lazyOps(V8Runtime v8, List<String> names, V8ValueObject binder) throws JavetException {
        V8ValueObject ops = v8.createV8ValueObject();
        try (V8ValueFunction define = v8.getExecutor(LAZY_OPS).setResourceName("ext:core/lazy_ops.js").execute();
             V8ValueArray array = v8.createV8ValueArray()) {
            for (int i = 0; i < names.size(); i++) {
                array.set(i, names.get(i));
            }
            define.callVoid(null, ops, array, binder);
        }
        return ops;
    }

    /** Runs {@code source} as the body of {@code function (ops, internals, primordials)} and returns its result. */
    private static V8Value run(V8Runtime v8, String name, String source, V8Value... args) {
        String wrapped = "(function (ops, internals, primordials) {\"use strict\";" + source + "\n})";
        try (V8Script script = v8.getExecutor(wrapped).setResourceName(name).compileV8Script();
             V8ValueFunction function = script.execute()) {
            return function.call(null, args);
        } catch (JavetException e) {
            throw new IllegalStateException("Script " + name + " failed while the extensions loaded: "
                    + e.getMessage() + "; an extension script may run once for many contexts (into the startup"
                    + " snapshot), so it may call ops only in functions that run later, such as those given to"
                    + " internals.onContextStart", e);
        }
    }

    static byte[] readVerified(Path file) {
        try {
            byte[] content = Files.readAllBytes(file);
            if (content.length <= DIGEST_LENGTH) {
                return null;
            }
            byte[] blob = Arrays.copyOfRange(content, DIGEST_LENGTH, content.length);
            return Arrays.equals(Fingerprint.of(blob), Arrays.copyOf(content, DIGEST_LENGTH)) ? blob : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** Best effort: a cache that cannot be written only costs the next start the time to remake it. */
    static void writeVerified(Path file, byte[] blob) {
        try {
            byte[] content = Arrays.copyOf(Fingerprint.of(blob), DIGEST_LENGTH + blob.length);
            System.arraycopy(blob, 0, content, DIGEST_LENGTH, blob.length);
            AtomicFiles.write(file, temp -> Files.write(temp, content));
        } catch (IOException e) {
            System.getLogger(StartupSnapshot.class.getName()).log(System.Logger.Level.DEBUG, "Cannot cache the V8 snapshot in " + file, e);
        }
    }

    /** Names the snapshot by what shapes it: the V8 build (Javet's version), the flags, every script and op. */
    String key() {
        String result = key;
        if (result == null) {
            result = computeKey();
            key = result;
        }
        return result;
    }

    private String computeKey() {
        Fingerprint fingerprint = new Fingerprint()
                .add("build", "javet " + JavetLibLoader.LIB_VERSION + "\n" + String.join(" ", flags))
                .add("ext:core/00_primordials.js", primordialsSource)
                .add("ext:core/01_core.js", coreSource);
        for (ExtensionRegistry.Script script : scripts) {
            fingerprint.add(script.name(), script.source());
        }
        return fingerprint.add("core ops", String.join(",", coreOps))
                .add("extension ops", String.join(",", extensionOps))
                .hex();
    }
}
