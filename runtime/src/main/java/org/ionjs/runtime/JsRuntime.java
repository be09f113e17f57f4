package org.ionjs.runtime;

import org.ionjs.runtime.internal.ExtensionRegistry;
import org.ionjs.runtime.internal.IsolateSupply;
import org.ionjs.runtime.internal.RuntimeConfig;
import org.ionjs.runtime.internal.V8Engine;
import org.ionjs.runtime.internal.IonDirectories;
import org.ionjs.runtime.internal.modules.ImportMap;
import org.ionjs.runtime.internal.modules.ImportMapException;
import org.ionjs.runtime.internal.modules.JsxOptions;
import org.ionjs.runtime.internal.modules.LockFile;
import org.ionjs.runtime.internal.modules.TranspileOptions;
import org.ionjs.runtime.internal.modules.ModuleOptions;
import org.ionjs.runtime.internal.modules.RemoteModules;
import org.ionjs.runtime.internal.modules.TerminalProgress;
import org.ionjs.runtime.spi.Extension;
import org.ionjs.runtime.spi.Preprocessor;
import org.ionjs.runtime.spi.Resolver;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Process-wide configuration of Ion: V8 flags and the extensions every context gets. Make one with
 * {@link #create()} or {@link #newBuilder()}, then make {@linkplain #newWorker() workers} and contexts
 * from it. Thread-safe.
 *
 * <p>V8 flags are process-wide and sealed by the first isolate, so all runtimes of a process must
 * use the same flags.
 *
 * <p>Contexts start from a V8 startup snapshot that already holds the extensions' scripts (a context
 * with the standard library costs ~2 ms). A process has one such snapshot: the configuration (the set of
 * extensions and their scripts) of the first runtime that makes a context owns it, and contexts of
 * runtimes with other extensions run their scripts as they start, which costs more. Hosts that make many
 * contexts should give their runtimes the same extensions, or make their busiest runtime's context first.
 */
public final class JsRuntime implements AutoCloseable {
    private final RuntimeConfig config;
    private final IsolateSupply isolates;
    private final Set<JsWorker> workers = ConcurrentHashMap.newKeySet();
    private final AtomicInteger workerCount = new AtomicInteger();
    private final AtomicBoolean closed = new AtomicBoolean();

    private JsRuntime(RuntimeConfig config, int spareIsolates) {
        this.config = config;
        this.isolates = new IsolateSupply(config, spareIsolates);
    }

    /** A runtime with the extensions found on the class path and no extra V8 flags. */
    public static JsRuntime create() {
        return newBuilder().build();
    }

    public static Builder newBuilder() {
        return new Builder();
    }

    /**
     * Optional: starts loading V8's native library on a background thread now, so that the first
     * context starts sooner. V8 reads its flags when it loads, so pass the flags the runtimes of this
     * process will use. Any thread; only the first call loads.
     *
     * @throws IllegalStateException when V8 was already loaded with other flags
     */
    public static void preload(String... v8Flags) {
        V8Engine.preload(List.of(v8Flags));
    }

    /** A new worker thread with its own event loop. */
    public JsWorker newWorker() {
        return newWorker("ion-worker-" + workerCount.incrementAndGet());
    }

    /** A new worker thread, named {@code name}. */
    public JsWorker newWorker(String name) {
        checkOpen();
        JsWorker worker = new JsWorker(this, config, isolates, Objects.requireNonNull(name, "name"));
        workers.add(worker);
        return worker;
    }

    /** The names of the installed extensions, in installation order. */
    public List<String> extensions() {
        return config.extensions().names();
    }

    /** The version of V8, such as {@code 14.7.173.18} (loads V8 if needed). */
    public String v8Version() {
        checkOpen();
        return V8Engine.v8Version(config.v8Flags());
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Closes every worker (and so every context). A second call does nothing. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            for (JsWorker worker : List.copyOf(workers)) {
                worker.close();
            }
        }
    }

    void forget(JsWorker worker) {
        workers.remove(worker);
    }

    private void checkOpen() {
        if (closed.get()) {
            throw new IllegalStateException("JsRuntime is closed; create a new runtime");
        }
    }

    /** Settings of a new runtime. */
    public static final class Builder {
        private final List<String> v8Flags = new ArrayList<>();
        private final List<Extension> extensions = new ArrayList<>();
        private final List<Resolver> resolvers = new ArrayList<>();
        private final List<Preprocessor> preprocessors = new ArrayList<>();
        private boolean installedExtensions = true;
        private int spareIsolates = 1;
        private Path cacheDirectory;
        private FetchPolicy fetchPolicy = FetchPolicy.USE_CACHE;
        private Path lockFile;
        private boolean frozenLockFile;
        private ImportMap importMap = ImportMap.empty();
        private TranspileOptions transpileOptions = TranspileOptions.DEFAULT;

        private Builder() {
        }

        /** V8 command-line flags such as {@code --max-old-space-size=512}; process-wide. */
        public Builder v8Flags(String... flags) {
            v8Flags.addAll(List.of(flags));
            return this;
        }

        /** Adds an extension (after those found on the class path). */
        public Builder extension(Extension extension) {
            extensions.add(Objects.requireNonNull(extension, "extension"));
            return this;
        }

        /**
         * Adds a resolver; the host's resolvers run in the order added, before Ion's own (import map,
         * {@code data:}, {@code file:}, {@code https:}).
         */
        public Builder resolver(Resolver resolver) {
            resolvers.add(Objects.requireNonNull(resolver, "resolver"));
            return this;
        }

        /** Adds a preprocessor; the host's preprocessors run in the order added, before Ion's TypeScript/JSX one. */
        public Builder preprocessor(Preprocessor preprocessor) {
            preprocessors.add(Objects.requireNonNull(preprocessor, "preprocessor"));
            return this;
        }

        /**
         * The import map (WHATWG import maps: {@code "imports"} and {@code "scopes"}) every module is
         * resolved through; {@code baseUrl} is the map's own URL, which relative addresses resolve against.
         *
         * @throws IllegalArgumentException when the text is not an import map
         */
        public Builder importMap(String json, URI baseUrl) {
            try {
                this.importMap = ImportMap.parse(json, baseUrl);
            } catch (ImportMapException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            return this;
        }

        /**
         * How JSX compiles: the classic runtime calling {@code factory} and {@code fragmentFactory} (the
         * default: {@code React.createElement}, {@code React.Fragment}).
         */
        public Builder jsxClassic(String factory, String fragmentFactory) {
            this.transpileOptions = new TranspileOptions(JsxOptions.classic(factory, fragmentFactory),
                    transpileOptions.experimentalDecorators());
            return this;
        }

        /** How JSX compiles: the automatic runtime, importing from {@code importSource + "/jsx-runtime"}. */
        public Builder jsxAutomatic(String importSource) {
            this.transpileOptions = new TranspileOptions(JsxOptions.automatic(importSource),
                    transpileOptions.experimentalDecorators());
            return this;
        }

        /** TypeScript's legacy "experimentalDecorators" instead of standard decorators (the default). */
        public Builder experimentalDecorators(boolean legacy) {
            this.transpileOptions = new TranspileOptions(transpileOptions.jsx(), legacy);
            return this;
        }

        /** Where remote modules and other caches live; default {@code $ION_DIR} or {@code ~/.cache/ion}. */
        public Builder cacheDirectory(Path directory) {
            this.cacheDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** When remote modules are downloaded; default {@link FetchPolicy#USE_CACHE}. */
        public Builder fetchPolicy(FetchPolicy policy) {
            this.fetchPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * Checks every remote module against the SHA-256 recorded in {@code file} (Deno's lockfile format),
         * recording new ones unless {@code frozen}, when a module missing from the lockfile is an error.
         */
        public Builder lockFile(Path file, boolean frozen) {
            this.lockFile = Objects.requireNonNull(file, "file");
            this.frozenLockFile = frozen;
            return this;
        }

        /**
         * Whether to install the extensions found on the class path with {@link ServiceLoader} (Ion's
         * standard library, when its jar is present). Default true.
         */
        public Builder installedExtensions(boolean install) {
            this.installedExtensions = install;
            return this;
        }

        /**
         * How many V8 isolates each worker keeps made ahead of need (made while its loop is idle), so that
         * a new context does not wait the ~1 ms an isolate takes to make. Default 1; 0 suits a process
         * that makes one context (a CLI).
         */
        public Builder spareIsolates(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("spareIsolates must be 0 or more, not " + count);
            }
            this.spareIsolates = count;
            return this;
        }

        public JsRuntime build() {
            List<Extension> all = new ArrayList<>();
            if (installedExtensions) {
                ServiceLoader.load(Extension.class, JsRuntime.class.getClassLoader()).forEach(all::add);
            }
            all.addAll(extensions);
            Path cache = cacheDirectory != null ? cacheDirectory : IonDirectories.cacheRoot();
            RemoteModules remote = new RemoteModules(cache, switch (fetchPolicy) {
                case USE_CACHE -> RemoteModules.FetchPolicy.USE_CACHE;
                case RELOAD -> RemoteModules.FetchPolicy.RELOAD;
                case CACHED_ONLY -> RemoteModules.FetchPolicy.CACHED_ONLY;
            }, lockFile == null ? null : LockFile.load(lockFile, frozenLockFile), TerminalProgress.forStderr());
            ModuleOptions modules = new ModuleOptions(resolvers, preprocessors, importMap, remote, cache, transpileOptions);
            return new JsRuntime(RuntimeConfig.create(v8Flags, ExtensionRegistry.build(all), modules), spareIsolates);
        }
    }
}
