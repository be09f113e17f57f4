package org.ionjs.runtime.internal;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.interop.callback.IV8ModuleResolver;
import com.caoccao.javet.values.reference.IV8Module;
import com.caoccao.javet.values.reference.V8Module;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Loads ES modules from {@code file:} URLs with relative, absolute-path and {@code file:} specifiers,
 * with explicit extensions as in Deno. Module source is read on the loop thread. A resolution failure
 * is remembered so the error that reaches the user is this loader's message, not V8's generic one.
 */
final class FileModuleLoader implements IV8ModuleResolver {
    private final ContextCore core;
    private final Map<URI, V8Module> entries = new HashMap<>();
    private ModuleLoadException failure;

    /** A module could not be resolved or read; the message is meant for the user as is. */
    static final class ModuleLoadException extends RuntimeException {
        ModuleLoadException(String message) {
            super(message);
        }
    }

    FileModuleLoader(ContextCore core) {
        this.core = core;
    }

    /**
     * Compiles the module at {@code url} (cached per context), from {@code source} when given, else from
     * the file the URL names.
     */
    V8Module load(URI url, String source) throws JavetException {
        V8Module module = entries.get(url);
        if (module == null) {
            String code = source != null ? source : read(url, null);
            module = core.v8().getExecutor(code).setResourceName(url.toString()).compileV8Module();
            entries.put(url, module);
        }
        return module;
    }

    @Override
    public String getAbsoluteResourceName(V8Runtime v8Runtime, String specifier, IV8Module referrer) throws JavetException {
        String base = referrer.getResourceName();
        return resolve(specifier, URI.create(base)).toString();
    }

    @Override
    public IV8Module resolve(V8Runtime v8Runtime, String specifier, IV8Module referrer) throws JavetException {
        String base = referrer.getResourceName();
        try {
            URI url = resolve(specifier, URI.create(base));
            String source = read(url, base);
            return v8Runtime.getExecutor(source).setResourceName(url.toString()).compileV8Module();
        } catch (ModuleLoadException e) {
            failure = e;
            throw e;
        }
    }

    /** The resolution failure behind the last failed instantiation, if any; clears it. */
    ModuleLoadException takeFailure() {
        ModuleLoadException e = failure;
        failure = null;
        return e;
    }

    static URI resolve(String specifier, URI base) {
        if (specifier.startsWith("./") || specifier.startsWith("../") || specifier.startsWith("/")) {
            return canonical(base.resolve(specifier));
        }
        if (specifier.startsWith("file:")) {
            return canonical(URI.create(specifier));
        }
        throw new ModuleLoadException("Relative import path \"" + specifier + "\" not prefixed with / or ./ or ../ from \""
                + base + "\"; use a relative path such as \"./" + specifier + "\"");
    }

    /** {@code URI.resolve} drops the empty authority of {@code file:///}; going through a Path restores it. */
    private static URI canonical(URI url) {
        return "file".equals(url.getScheme()) ? Path.of(url).toUri() : url;
    }

    private static String read(URI url, String referrer) {
        if (!"file".equals(url.getScheme())) {
            throw new ModuleLoadException("Unsupported scheme \"" + url.getScheme() + "\" for module \"" + url
                    + "\"; only file: modules can be loaded");
        }
        try {
            return Files.readString(Path.of(url), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ModuleLoadException("Module not found \"" + url + "\""
                    + (referrer == null ? "." : " (imported from " + referrer + ")."));
        } catch (IOException e) {
            throw new ModuleLoadException("Cannot read module \"" + url + "\": " + e.getMessage());
        }
    }
}
