package org.ionjs.runtime.internal;

import org.ionjs.runtime.spi.Extension;
import org.ionjs.runtime.spi.ExtensionSetup;
import org.ionjs.runtime.spi.Op;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ops and scripts of a runtime's extensions, set up once and in dependency order, then installed
 * into every context. Immutable once built.
 */
public final class ExtensionRegistry {
    /** A script's name as it appears in stack traces, and its source. */
    public record Script(String name, String source) {
    }

    private final Map<String, Op> ops;
    private final List<Script> scripts;
    private final List<String> names;

    private ExtensionRegistry(Map<String, Op> ops, List<Script> scripts, List<String> names) {
        this.ops = ops;
        this.scripts = scripts;
        this.names = names;
    }

    public static ExtensionRegistry build(List<Extension> extensions) {
        Map<String, Op> ops = new LinkedHashMap<>();
        List<Script> scripts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Extension extension : order(extensions)) {
            names.add(extension.name());
            extension.setup(new Setup(extension, ops, scripts));
        }
        return new ExtensionRegistry(Collections.unmodifiableMap(ops), List.copyOf(scripts), List.copyOf(names));
    }

    /** Topological order by {@link Extension#requires()}; ties keep the given order. */
    static List<Extension> order(List<Extension> extensions) {
        Map<String, Extension> byName = new TreeMap<>();
        for (Extension extension : extensions) {
            Extension previous = byName.put(extension.name(), extension);
            if (previous != null && previous != extension) {
                throw new IllegalArgumentException("Two extensions are named \"" + extension.name() + "\": "
                        + previous.getClass().getName() + " and " + extension.getClass().getName() + "; rename one");
            }
        }
        List<Extension> ordered = new ArrayList<>();
        Map<String, Boolean> state = new HashMap<>();
        for (Extension extension : extensions) {
            visit(extension, byName, state, ordered, new ArrayList<>());
        }
        return ordered;
    }

    private static void visit(Extension extension, Map<String, Extension> byName, Map<String, Boolean> state,
                              List<Extension> ordered, List<String> path) {
        Boolean done = state.get(extension.name());
        if (Boolean.TRUE.equals(done)) {
            return;
        }
        path.add(extension.name());
        if (Boolean.FALSE.equals(done)) {
            throw new IllegalArgumentException("Extensions require each other in a cycle: " + String.join(" -> ", path));
        }
        state.put(extension.name(), false);
        for (String required : extension.requires()) {
            Extension dependency = byName.get(required);
            if (dependency == null) {
                throw new IllegalArgumentException("Extension \"" + extension.name() + "\" requires \"" + required
                        + "\", which is not installed; add it to the runtime or remove the requirement");
            }
            visit(dependency, byName, state, ordered, path);
        }
        path.remove(path.size() - 1);
        state.put(extension.name(), true);
        ordered.add(extension);
    }

    public Map<String, Op> ops() {
        return ops;
    }

    public List<Script> scripts() {
        return scripts;
    }

    /** Extension names in installation order. */
    public List<String> names() {
        return names;
    }

    private static final class Setup implements ExtensionSetup {
        private final Extension extension;
        private final Map<String, Op> ops;
        private final List<Script> scripts;

        Setup(Extension extension, Map<String, Op> ops, List<Script> scripts) {
            this.extension = extension;
            this.ops = ops;
            this.scripts = scripts;
        }

        @Override
        public ExtensionSetup op(String name, Op op) {
            if (ops.putIfAbsent(name, op) != null) {
                throw new IllegalArgumentException("Extension \"" + extension.name() + "\" registers op \"" + name
                        + "\", which another extension already registered; op names are global, so prefix them");
            }
            return this;
        }

        @Override
        public ExtensionSetup script(String resourcePath) {
            ClassLoader loader = extension.getClass().getClassLoader();
            try (InputStream in = loader.getResourceAsStream(resourcePath)) {
                if (in == null) {
                    throw new IllegalArgumentException("Extension \"" + extension.name() + "\" names script \""
                            + resourcePath + "\", which is not on its class path");
                }
                String name = "ext:" + (resourcePath.startsWith("ion/ext/")
                        ? resourcePath.substring("ion/ext/".length()) : resourcePath);
                scripts.add(new Script(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read script " + resourcePath + " of extension \""
                        + extension.name() + "\"", e);
            }
            return this;
        }
    }
}
