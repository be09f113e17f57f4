package org.ionjs.runtime.internal.modules;

import org.ionjs.runtime.JsContext;
import org.ionjs.runtime.JsRuntime;
import org.ionjs.runtime.spi.MediaType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ModuleRewriterTest {
    private static final URI URL = URI.create("file:///app/main.js");
    private static final String PRELUDE = "const __ionMeta = __ionImportMeta(import.meta);";
    @TempDir
    static Path cacheRoot;
    private static ModuleRewriter rewriter;

    @BeforeAll
    static void start() {
        rewriter = new ModuleRewriter(cacheRoot);
    }

    private static String rewrite(String code) {
        return rewriter.rewrite(URL, code, null).code();
    }

    @Test
    void importWithoutOptionsPassesUndefinedAndTheModulesMeta() {
        assertEquals(PRELUDE + "const m = await __ionImport(\"./a.js\", undefined, __ionMeta);\n",
                rewrite("const m = await import(\"./a.js\");\n"));
    }

    @Test
    void importWithOptionsPassesThemAndTheModulesMeta() {
        assertEquals(PRELUDE + "__ionImport(\"./d.json\", { with: { type: \"json\" } }, __ionMeta);",
                rewrite("import(\"./d.json\", { with: { type: \"json\" } });"));
    }

    @Test
    void aTrailingCommaInTheArgumentsStaysValid() {
        assertEquals(PRELUDE + "__ionImport(x, undefined, __ionMeta,);\n__ionImport(x, o, __ionMeta,);",
                rewrite("import(x,);\nimport(x, o,);"));
    }

    @Test
    void everyImportMetaBecomesTheModulesMeta() {
        assertEquals(PRELUDE + "const u = __ionMeta.url, r = __ionMeta.resolve(\"./x.js\"), m = __ionMeta;\n",
                rewrite("const u = import.meta.url, r = import.meta.resolve(\"./x.js\"), m = import.meta;\n"));
    }

    @Test
    void importsInsideFunctionsArrowsClassesAndOtherImportsAreRewritten() {
        String code = """
                export async function load(name) { return (await import(`./${name}.js`)).default; }
                const lazy = () => import(import.meta.resolve("./lazy.js"));
                class Plugins { static async get() { return [await import("./p.js")]; } }
                """;
        assertEquals(PRELUDE + """
                export async function load(name) { return (await __ionImport(`./${name}.js`, undefined, __ionMeta)).default; }
                const lazy = () => __ionImport(__ionMeta.resolve("./lazy.js"), undefined, __ionMeta);
                class Plugins { static async get() { return [await __ionImport("./p.js", undefined, __ionMeta)]; } }
                """, rewrite(code));
    }

    @Test
    void theWordsInStringsCommentsAndTemplateTextAreLeftAlone() {
        String code = """
                const a = "import('./a.js')", b = 'import.meta.url';
                // import("./c.js")
                /* import.meta */
                const t = `import(${a}) and import.meta`;
                """;
        Emit emit = rewriter.rewrite(URL, code, null);
        assertSame(code, emit.code());
        assertNull(emit.sourceMap());
    }

    @Test
    void templateSubstitutionsAreCodeAndAreRewritten() {
        assertEquals(PRELUDE + "const t = `at ${__ionMeta.url}: ${await __ionImport(\"./v.js\", undefined, __ionMeta)}`;",
                rewrite("const t = `at ${import.meta.url}: ${await import(\"./v.js\")}`;"));
    }

    @Test
    void aModuleWithNeitherIsReturnedAsIsWithoutLoadingSwc4j() {
        String code = """
                import { a } from "./a.js";
                import * as b from "./b.js";
                export { c } from "./c.js";
                const important = reimport(a) + b.imports;
                """;
        int uses = Swc4jLibrary.useCount();
        Emit emit = rewriter.rewrite(URL, code, "{\"version\":3}");
        assertEquals(uses, Swc4jLibrary.useCount(), "swc4j was not asked for");
        assertSame(code, emit.code());
        assertEquals("{\"version\":3}", emit.sourceMap(), "the input map is passed through");
    }

    @Test
    void theCheapCheckNeverMissesARealImportCallOrMeta() {
        for (String code : new String[]{"import(x)", "import (x)", "import\n(x)", "import\u00A0(x)", "import/**/(x)",
                "\uFEFFimport(x)", "[...import.meta.x]", "import\n  .meta", "a=import.meta"}) {
            assertTrue(ModuleRewriter.mayUseImportCallOrMeta(code), code);
        }
        for (String code : new String[]{"import x from 'y'", "import{x}from'y'", "import*as x from'y'", "import'y'",
                "reimport(x)", "$import(x)", "_import.meta", "imports(x)"}) {
            assertFalse(ModuleRewriter.mayUseImportCallOrMeta(code), code);
        }
    }

    @Test
    void aShebangBecomesACommentOfTheSameLengthEvenWithoutAParse() {
        int uses = Swc4jLibrary.useCount();
        assertEquals("///usr/bin/env ion\nconsole.log(1);\n", rewrite("#!/usr/bin/env ion\nconsole.log(1);\n"));
        assertEquals(uses, Swc4jLibrary.useCount());
        assertEquals(PRELUDE + "///usr/bin/env ion\nconsole.log(__ionMeta.url);\n",
                rewrite("#!/usr/bin/env ion\nconsole.log(import.meta.url);\n"));
    }

    @Test
    void anImportMetaWrittenOverSeveralLinesKeepsEveryLaterLineInPlace() {
        String code = "const u = import\n  .meta\r\n  .url;\nthrow u;\n";
        String rewritten = rewrite(code);
        assertEquals(PRELUDE + "const u = __ionMeta\n\r\n  .url;\nthrow u;\n", rewritten);
        assertEquals(code.lines().count(), rewritten.lines().count());
    }

    @Test
    void charactersOutsideTheBmpAndAByteOrderMarkDoNotShiftTheEdits() {
        assertEquals(PRELUDE + "\uFEFFconst s = \"𝄞é€\"; __ionImport(s, undefined, __ionMeta); const e = \"😀\", m = __ionMeta;",
                rewrite("\uFEFFconst s = \"𝄞é€\"; import(s); const e = \"😀\", m = import.meta;"));
    }

    @Test
    void importSourceAndNewTargetAreNotTouched() {
        String code = "function F() { return new.target; } const s = import.source(\"./w.wasm\"), x = import.meta;";
        assertEquals(PRELUDE + "function F() { return new.target; } const s = import.source(\"./w.wasm\"), x = __ionMeta;",
                rewrite(code));
    }

    @Test
    void aSyntaxErrorIsReportedWithItsPosition() {
        TranspileException e = assertThrows(TranspileException.class, () -> rewrite("const a = 1;\nimport(;\n"));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().startsWith("The module's source code could not be parsed: "), e.getMessage());
        assertTrue(e.getMessage().contains(" at file:///app/main.js:2:"), e.getMessage());
    }

    @Test
    void aBadInputSourceMapIsReportedWithTheModule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> rewriter.rewrite(URL, "import(x)", "{\"version\":3,\"mappings\":\"!!\"}"));
        assertTrue(e.getMessage().startsWith("The source map given for file:///app/main.js cannot be read: "), e.getMessage());
    }

    @Test
    void positionsAfterAnEditMapBackToTheOriginalColumns() {
        String code = "const p = import(\"./x.js\"); throw new Error(import.meta.url);\nfoo();\n";
        Emit emit = rewriter.rewrite(URL, code, null);
        SourceMaps maps = new SourceMaps();
        maps.register(URL, emit.sourceMap());
        int generatedThrow = emit.code().indexOf("throw");
        int generatedMeta = emit.code().indexOf("__ionMeta.url");
        assertEquals(new SourceMaps.Position(1, code.indexOf("throw") + 1), maps.map(URL, 1, generatedThrow + 1));
        assertEquals(new SourceMaps.Position(1, code.indexOf("import.meta") + 1), maps.map(URL, 1, generatedMeta + 1));
        assertEquals(new SourceMaps.Position(1, code.indexOf("url") + 1), maps.map(URL, 1, generatedMeta + "__ionMeta.".length() + 1));
        assertEquals(new SourceMaps.Position(2, 1), maps.map(URL, 2, 1));
    }

    @Test
    void aTranspiledModulesMapIsComposedSoPositionsReachTheTypeScript() {
        URI url = URI.create("file:///app/main.ts");
        String ts = """
                interface Options { lazy: boolean }
                type Name = string;
                const name: Name = "x";
                export const load = (o: Options) => import(`./${name}.ts`);
                throw new Error(import.meta.url);
                """;
        Emit js = new Transpiler(cacheRoot, TranspileOptions.DEFAULT).transpile(url, ts, MediaType.TYPESCRIPT);
        Emit emit = rewriter.rewrite(url, js.code(), js.sourceMap());
        SourceMaps maps = new SourceMaps();
        maps.register(url, emit.sourceMap());
        String[] lines = emit.code().split("\n", -1);
        int line = indexOfLineContaining(lines, "throw new Error");
        SourceMaps.Position original = maps.map(url, line + 1, lines[line].indexOf("throw") + 1);
        assertEquals(new SourceMaps.Position(5, 1), original);
        int importLine = indexOfLineContaining(lines, "__ionImport(");
        assertEquals(new SourceMaps.Position(4, ts.lines().toList().get(3).indexOf("import(") + 1),
                maps.map(url, importLine + 1, lines[importLine].indexOf("__ionImport(") + 1));
    }

    @Test
    void aModuleUsingImportCallsAndImportMetaRunsThroughIonsLoader(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.js"), "export default 'A';\n");
        Files.writeString(dir.resolve("b.json"), "\"B\"\n");
        URI url = dir.resolve("run.js").toUri();
        String code = """
                const a = (await import("./a.js")).default;
                const b = (await import("./b.json", { with: { type: "json" } })).default;
                globalThis.result = [a, b, import.meta.url === "%s", import.meta.resolve("./a.js") === "%s"].join();
                """.formatted(url, dir.resolve("a.js").toUri());
        try (JsRuntime runtime = JsRuntime.create()) {
            JsContext context = runtime.newWorker().newContext();
            context.evalModule(url, code).get();
            assertEquals("A,B,true,true", context.eval("result").get());
        }
    }

    private static int indexOfLineContaining(String[] lines, String text) {
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no line contains " + text + " in\n" + String.join("\n", lines));
    }
}
