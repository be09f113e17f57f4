package org.ionjs.tests.api;

import org.ionjs.runtime.JsContext;
import org.ionjs.runtime.JsException;
import org.ionjs.runtime.JsLoadException;
import org.ionjs.runtime.JsObject;
import org.ionjs.runtime.JsRuntime;
import org.ionjs.runtime.JsWorker;
import org.ionjs.runtime.spi.MediaType;
import org.ionjs.runtime.spi.ModuleSource;
import org.ionjs.runtime.spi.Preprocessor;
import org.ionjs.runtime.spi.Resolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ModuleSpiTest {

    /** Serves modules from a Java map under the made-up scheme {@code mem:}. */
    private static final class MapResolver implements Resolver {
        private final Map<String, String> modules;
        private final List<String> asked = new CopyOnWriteArrayList<>();

        MapResolver(Map<String, String> modules) {
            this.modules = modules;
        }

        @Override
        public ModuleSource resolve(org.ionjs.runtime.spi.ModuleRequest request, Chain chain) throws Exception {
            String specifier = request.specifier();
            String name = specifier.startsWith("mem:") ? specifier.substring(4)
                    : request.referrer() != null && "mem".equals(request.referrer().getScheme()) && specifier.startsWith("./")
                    ? specifier.substring(2) : null;
            if (name == null || !modules.containsKey(name)) {
                return chain.proceed(request);
            }
            asked.add(name);
            return ModuleSource.of(URI.create("mem:" + name), MediaType.fromPath(URI.create("mem:/" + name)),
                    request.resolveOnly() ? null : modules.get(name));
        }
    }

    private static Object run(JsRuntime runtime, URI entry, String expression) throws Exception {
        try (JsWorker worker = runtime.newWorker()) {
            JsContext context = worker.newContext();
            JsObject namespace = context.evalModule(entry).get();
            return context.execute(scope -> namespace.get(expression)).get();
        }
    }

    @Test
    void aCustomResolverServesModulesFromAJavaMap() throws Exception {
        MapResolver resolver = new MapResolver(Map.of(
                "main.js", "import { twice } from './lib.js'; export const answer = twice(21);",
                "lib.js", "export const twice = (n) => n * 2;"));
        try (JsRuntime runtime = JsRuntime.newBuilder().resolver(resolver).build()) {
            assertEquals(42, run(runtime, URI.create("mem:main.js"), "answer"));
        }
        assertTrue(resolver.asked.containsAll(List.of("main.js", "lib.js")), resolver.asked.toString());
    }

    @Test
    void aCustomPreprocessorTransformsEveryModule() throws Exception {
        Preprocessor banner = (source, chain) -> chain.proceed(source.withCode(source.mediaType(),
                "export const banner = 'processed " + source.url().getSchemeSpecificPart() + "';\n" + source.code(), null));
        MapResolver resolver = new MapResolver(Map.of("main.js", "export { banner as libBanner } from './lib.js';",
                "lib.js", "export const value = 1;"));
        try (JsRuntime runtime = JsRuntime.newBuilder().resolver(resolver).preprocessor(banner).build()) {
            assertEquals("processed lib.js", run(runtime, URI.create("mem:main.js"), "libBanner"));
        }
    }

    @Test
    void aResolverReturningNullIsNamedInTheError() {
        Resolver broken = (request, chain) -> null;
        try (JsRuntime runtime = JsRuntime.newBuilder().resolver(broken).build()) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> run(runtime, URI.create("mem:x.js"), "x"));
            assertTrue(e.getCause().getMessage().contains("returned null for \"mem:x.js\"; return chain.proceed(request) to decline"),
                    e.getCause().getMessage());
            assertTrue(e.getCause().getMessage().startsWith("Resolver " + broken.getClass().getName()), e.getCause().getMessage());
        }
    }

    @Test
    void aResolverProceedingTwiceIsNamedInTheError() {
        Resolver greedy = (request, chain) -> {
            try {
                chain.proceed(request);
            } catch (Exception ignored) {
                // try again below
            }
            return chain.proceed(request);
        };
        try (JsRuntime runtime = JsRuntime.newBuilder().resolver(greedy).build()) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> run(runtime, URI.create("mem:x.js"), "x"));
            assertTrue(e.getCause().getMessage().contains("called chain.proceed() twice"), e.getCause().getMessage());
        }
    }

    @Test
    void aPreprocessorChangingTheUrlIsNamedInTheError() {
        Preprocessor moving = (source, chain) -> chain.proceed(new ModuleSource(URI.create("mem:elsewhere.js"),
                source.mediaType(), source.code(), null));
        MapResolver resolver = new MapResolver(Map.of("main.js", "export const x = 1;"));
        try (JsRuntime runtime = JsRuntime.newBuilder().resolver(resolver).preprocessor(moving).build()) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> run(runtime, URI.create("mem:main.js"), "x"));
            assertTrue(e.getCause().getMessage().contains("changed the URL of mem:main.js to mem:elsewhere.js"), e.getCause().getMessage());
        }
    }

    @Test
    void aSpecifierNoResolverAcceptsFailsWithTheFix() {
        MapResolver resolver = new MapResolver(Map.of("main.js", "import 'lodash';"));
        try (JsRuntime runtime = JsRuntime.newBuilder().resolver(resolver).build()) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> run(runtime, URI.create("mem:main.js"), "x"));
            JsLoadException error = assertInstanceOf(JsLoadException.class, e.getCause());
            assertEquals("Cannot resolve \"lodash\" from mem:main.js: no resolver accepted it; add an import map entry or use a relative path.",
                    error.jsMessage());
        }
    }

    @Test
    void jsonModulesNeedTheJsonTypeAttributeWhenImportedDynamically() throws Exception {
        MapResolver resolver = new MapResolver(Map.of("data.json", "{\"items\": [1, 2, 3]}",
                "main.js", """
                        const withType = await __ionImport('mem:data.json', { with: { type: 'json' } }, { url: 'mem:main.js' });
                        export const count = withType.default.items.length;
                        export const without = await __ionImport('mem:data.json', undefined, { url: 'mem:main.js' })
                          .then(() => 'loaded', (e) => e.constructor.name);
                        """));
        try (JsRuntime runtime = JsRuntime.newBuilder().resolver(resolver).build();
             JsWorker worker = runtime.newWorker()) {
            JsContext context = worker.newContext();
            JsObject namespace = context.evalModule(URI.create("mem:main.js")).get();
            assertEquals(List.of(3, "TypeError"), context.execute(scope -> List.of(namespace.get("count"), namespace.get("without"))).get());
        }
    }

    @Test
    void aModuleThrowingAtTopLevelFailsEvalModuleWithTheError() {
        MapResolver resolver = new MapResolver(Map.of("main.js", "throw new RangeError('top level');"));
        try (JsRuntime runtime = JsRuntime.newBuilder().resolver(resolver).build()) {
            ExecutionException e = assertThrows(ExecutionException.class, () -> run(runtime, URI.create("mem:main.js"), "x"));
            JsException error = assertInstanceOf(JsException.class, e.getCause());
            assertEquals("RangeError: top level", error.getMessage());
        }
    }
}
