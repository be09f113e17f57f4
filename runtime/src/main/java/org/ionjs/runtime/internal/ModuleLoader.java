package org.ionjs.runtime.internal;

import com.caoccao.javet.exceptions.JavetException;
import com.caoccao.javet.interop.V8Runtime;
import com.caoccao.javet.interop.callback.IV8ModuleResolver;
import com.caoccao.javet.values.V8Value;
import com.caoccao.javet.values.reference.IV8Module;
import com.caoccao.javet.values.reference.V8Module;
import com.caoccao.javet.values.reference.V8ValueObject;
import org.ionjs.runtime.JsLoadException;
import org.ionjs.runtime.internal.modules.Emit;
import org.ionjs.runtime.internal.modules.EmitCache;
import org.ionjs.runtime.internal.modules.ModuleLoadException;
import org.ionjs.runtime.internal.modules.ModuleRewriter;
import org.ionjs.runtime.internal.modules.SourceMaps;
import org.ionjs.runtime.internal.modules.StaticImportAttributes;
import org.ionjs.runtime.internal.modules.TranspileException;
import org.ionjs.runtime.internal.modules.TranspileOptions;
import org.ionjs.runtime.internal.modules.ModuleOptions;
import org.ionjs.runtime.internal.modules.PreprocessorChain;
import org.ionjs.runtime.internal.modules.ResolverChain;
import org.ionjs.runtime.spi.MediaType;
import org.ionjs.runtime.spi.ModuleRequest;
import org.ionjs.runtime.spi.ModuleSource;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

/**
 * A context's modules: requests go through the resolver chain, sources through the preprocessor chain,
 * and the result is compiled once per URL (JSON as a synthetic module with a default export). V8 asks
 * for static imports while it links a module; Ion resolves them there, on the loop thread. A failure
 * inside V8's callback is remembered, so the user sees this loader's message rather than V8's.
 */
final class ModuleLoader implements IV8ModuleResolver {
    private final ContextCore core;
    private final ResolverChain resolvers;
    private final PreprocessorChain preprocessors;
    private final ModuleRewriter rewriter;
    private final EmitCache emitCache;
    private final TranspileOptions transpileOptions;
    private final SourceMaps sourceMaps = new SourceMaps();
    /** Sources loaded while V8 asked for a URL, until it asks for the module itself. */
    private final Map<String, ModuleSource> pending = new HashMap<>();
    /** The URL each (referrer, specifier) resolved to, so V8's two questions about it resolve once. */
    private final Map<String, String> linked = new HashMap<>();
    /** The code of each JavaScript module, read again only for the attributes of its static imports. */
    private final Map<String, String> codeByUrl = new HashMap<>();
    private final Map<String, Map<String, Map<String, String>>> attributesByUrl = new HashMap<>();
    private final java.nio.file.Path cacheRoot;
    private final Map<String, V8Module> compiled = new HashMap<>();
    private RuntimeException failure;
    private URI main;

    ModuleLoader(ContextCore core, ModuleOptions options) {
        this.core = core;
        this.resolvers = options.resolverChain();
        this.preprocessors = options.preprocessorChain();
        this.rewriter = options.rewriter();
        this.emitCache = options.emitCache();
        this.transpileOptions = options.transpile();
        this.cacheRoot = options.cacheRoot();
    }

    /**
     * The module a request names, compiled (or as compiled before). {@code attributesKnown} is false for
     * static imports, whose import attributes Javet does not pass on.
     */
    V8Module load(ModuleRequest request, boolean attributesKnown) throws Exception {
        ModuleSource found = resolvers.resolve(new ModuleRequest(request.specifier(), request.referrer(),
                request.attributes(), true));
        V8Module module = compiled.get(found.url().toString());
        if (module != null) {
            checkAttributes(request, found.mediaType(), found.url(), attributesKnown);
            return module;
        }
        return compile(resolvers.resolve(request), request, attributesKnown);
    }

    /** The entry module from code the host gives (ion eval, stdin), named {@code url}. */
    V8Module loadSource(URI url, String code) throws Exception {
        main = main == null ? url : main;
        return compile(ModuleSource.of(url, MediaType.fromPath(url) == MediaType.UNKNOWN ? MediaType.JAVASCRIPT
                : MediaType.fromPath(url), code), new ModuleRequest(url.toString(), null, Map.of(), false), true);
    }

    /** What {@code import.meta.resolve(specifier)} gives in the module at {@code referrer}. */
    URI resolveOnly(String specifier, URI referrer) throws Exception {
        return resolvers.resolve(new ModuleRequest(specifier, referrer, Map.of(), true)).url();
    }

    boolean isMain(URI url) {
        return url.equals(main);
    }

    void markMain(URI url) {
        if (main == null) {
            main = url;
        }
    }

    private V8Module compile(ModuleSource source, ModuleRequest request, boolean attributesKnown) throws Exception {
        ModuleSource js = preprocessors.process(source);
        checkAttributes(request, js.mediaType(), js.url(), attributesKnown);
        V8Runtime v8 = core.v8();
        V8Module module;
        if (js.mediaType() == MediaType.JSON) {
            module = jsonModule(v8, js);
        } else {
            Emit emit = rewrite(js);
            if (emit.sourceMap() != null) {
                sourceMaps.register(js.url(), emit.sourceMap());
                core.sourceMapsInUse();
            }
            module = v8.getExecutor(emit.code()).setResourceName(js.url().toString()).compileV8Module();
            codeByUrl.put(js.url().toString(), js.code());
        }
        compiled.put(js.url().toString(), module);
        return module;
    }

    /**
     * {@code import()} and {@code import.meta} turned into Ion's host calls. Only a module that may use
     * them is parsed, and the result is cached by its text like a TypeScript emit.
     */
    private Emit rewrite(ModuleSource js) {
        if (!ModuleRewriter.mayUseImportCallOrMeta(js.code())) {
            return rewriter.rewrite(js.url(), js.code(), js.sourceMap());
        }
        String key = EmitCache.key("rewrite\n" + js.code() + "\n" + (js.sourceMap() == null ? "" : js.sourceMap()),
                MediaType.JAVASCRIPT, transpileOptions);
        return emitCache.get(key).orElseGet(() -> {
            Emit emit;
            try {
                emit = rewriter.rewrite(js.url(), js.code(), js.sourceMap());
            } catch (TranspileException e) {
                throw new ModuleLoadException(e.getMessage(), e);
            }
            emitCache.put(key, emit);
            return emit;
        });
    }

    /** Maps positions in a V8 stack back to the original sources (TypeScript, JSX). */
    SourceMaps sourceMaps() {
        return sourceMaps;
    }

    private static void checkAttributes(ModuleRequest request, MediaType mediaType, URI url, boolean attributesKnown) {
        String type = request.attributes().get("type");
        if (type != null && !type.equals("json")) {
            throw new JsTypeError("\"" + type + "\" is not a valid module type; the only import attribute type is \"json\"");
        }
        if ("json".equals(type) && mediaType != MediaType.JSON) {
            throw new JsTypeError("Expected a JSON module, but identified a JavaScript module at " + url);
        }
        if (attributesKnown && type == null && mediaType == MediaType.JSON) {
            throw new JsTypeError("Expected a JavaScript or Wasm module, but identified a Json module. Consider importing "
                    + "Json modules with an import attribute with the type of \"json\". Specifier: " + url);
        }
    }

    /** JSON parsed by V8 itself, exported as the default export of a synthetic module. */
    private static V8Module jsonModule(V8Runtime v8, ModuleSource js) throws JavetException {
        try (V8ValueObject global = v8.getGlobalObject();
             V8ValueObject json = global.get("JSON");
             V8Value value = json.invoke("parse", js.code());
             V8ValueObject exports = v8.createV8ValueObject()) {
            exports.set("default", value);
            return v8.createV8Module(js.url().toString(), exports);
        } catch (JavetException e) {
            throw new ModuleLoadException("Cannot parse JSON module " + js.url() + ": " + e.getMessage());
        }
    }

    // ---- V8's callback for static imports --------------------------------------------------------------

    @Override
    public String getAbsoluteResourceName(V8Runtime v8Runtime, String specifier, IV8Module referrer) throws JavetException {
        try {
            String from = referrer.getResourceName();
            String key = from + "\n" + specifier;
            String known = linked.get(key);
            if (known != null) {
                return known;
            }
            URI fromUrl = URI.create(from);
            URI url = resolvers.resolve(new ModuleRequest(specifier, fromUrl, Map.of(), true)).url();
            if (!compiled.containsKey(url.toString())) {
                pending.put(url.toString(), resolvers.resolve(new ModuleRequest(specifier, fromUrl, Map.of(), false)));
            }
            linked.put(key, url.toString());
            return url.toString();
        } catch (Exception e) {
            throw remember(e);
        }
    }

    /** V8 asks for a module Javet has not seen: compile what {@link #getAbsoluteResourceName} loaded. */
    @Override
    public IV8Module resolve(V8Runtime v8Runtime, String specifier, IV8Module referrer) throws JavetException {
        try {
            String url = getAbsoluteResourceName(v8Runtime, specifier, referrer);
            V8Module module = compiled.get(url);
            if (module != null) {
                return module;
            }
            ModuleSource source = pending.remove(url);
            URI from = URI.create(referrer.getResourceName());
            if (source.mediaType() != MediaType.JSON && source.mediaType() != MediaType.UNKNOWN) {
                return compile(source, new ModuleRequest(specifier, from, Map.of(), false), false);
            }
            // Only a JSON module needs its import attributes checked, so only then are they read.
            Map<String, String> attributes = staticAttributes(from).getOrDefault(specifier, Map.of());
            return compile(source, new ModuleRequest(specifier, from, attributes, false), true);
        } catch (Exception e) {
            throw remember(e);
        }
    }

    private Map<String, Map<String, String>> staticAttributes(URI module) {
        return attributesByUrl.computeIfAbsent(module.toString(), url -> {
            String code = codeByUrl.get(url);
            if (code == null) {
                return Map.of();
            }
            try {
                return StaticImportAttributes.find(cacheRoot, module, code);
            } catch (TranspileException e) {
                throw new ModuleLoadException(e.getMessage(), e);
            }
        });
    }

    private RuntimeException remember(Exception e) {
        RuntimeException error = e instanceof RuntimeException r ? r : new ModuleLoadException(e.getMessage(), e);
        failure = error;
        return error;
    }

    /** The failure behind the last failed link, if any, as the exception the host sees; clears it. */
    RuntimeException takeFailure() {
        RuntimeException e = failure;
        failure = null;
        return e == null ? null : toHostException(e);
    }

    static RuntimeException toHostException(Exception e) {
        if (e instanceof JsTypeError typeError) {
            return new org.ionjs.runtime.JsException("TypeError", typeError.getMessage(), null, null, 0, 0, null);
        }
        if (e instanceof ModuleLoadException) {
            return new JsLoadException(e.getMessage());
        }
        return e instanceof RuntimeException r ? r : new JsLoadException(e.getMessage());
    }

    /** A TypeError JavaScript should see, as import attributes mismatches are. */
    static final class JsTypeError extends RuntimeException {
        JsTypeError(String message) {
            super(message);
        }
    }
}
