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
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TranspilerTest {
    private static final AtomicInteger MODULES = new AtomicInteger();
    @TempDir
    static Path cacheRoot;
    private static JsRuntime runtime;
    private static JsContext context;
    private static Transpiler transpiler;

    @BeforeAll
    static void start() {
        transpiler = new Transpiler(cacheRoot, TranspileOptions.DEFAULT);
        runtime = JsRuntime.create();
        context = runtime.newWorker().newContext();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    private static Emit transpile(String code, MediaType mediaType) {
        return transpiler.transpile(URI.create("file:///app/main.ts"), code, mediaType);
    }

    /** Runs {@code js} as a module and returns the value of its {@code result}. */
    private static Object run(String js) throws Exception {
        URI url = URI.create("file:///app/module" + MODULES.incrementAndGet() + ".js");
        context.evalModule(url, js + "\nglobalThis.testResult = result;\n").get();
        return context.eval("testResult").get();
    }

    @Test
    void typesInterfacesGenericsAndAssertionsAreStrippedAndTheCodeRuns() throws Exception {
        Emit emit = transpile("""
                interface Point { x: number; y: number }
                type Pair<T> = [T, T];
                function swap<T>(pair: Pair<T>): Pair<T> { return [pair[1], pair[0]]; }
                const p = { x: 1, y: 2 } satisfies Point;
                const n = (p as Point).x! + <number>p.y;
                export const result: string = swap<string>(["a", "b"]).join("") + n;
                """, MediaType.TYPESCRIPT);
        assertFalse(emit.code().contains("interface"), emit.code());
        assertFalse(emit.code().contains("Pair<"), emit.code());
        assertTrue(emit.code().contains("export const result"), "ES module syntax stays: " + emit.code());
        assertEquals("ba3", run(emit.code()));
    }

    @Test
    void enumsBecomeObjectsWithReverseMappings() throws Exception {
        Emit emit = transpile("""
                enum Color { Red, Green = 5, Blue }
                enum Label { Yes = "y" }
                export const result = [Color[0], Color.Green, Color.Blue, Color[6], Label.Yes].join();
                """, MediaType.TYPESCRIPT);
        assertEquals("Red,5,6,Blue,y", run(emit.code()));
    }

    @Test
    void parameterPropertiesBecomeFieldsAssignedInTheConstructor() throws Exception {
        Emit emit = transpile("""
                class Account {
                  constructor(private readonly owner: string, public balance: number = 0, protected note?: string) {}
                  describe(): string { return `${this.owner}:${this.balance}`; }
                }
                export const result = new Account("ann", 7).describe() + "," + Object.keys(new Account("bo")).join("+");
                """, MediaType.TYPESCRIPT);
        assertEquals("ann:7,owner+balance+note", run(emit.code()));
    }

    @Test
    void namespacesBecomeObjects() throws Exception {
        Emit emit = transpile("""
                namespace Shapes {
                  export const sides = 4;
                  export namespace Inner { export function twice(n: number) { return n * 2; } }
                }
                export const result = Shapes.Inner.twice(Shapes.sides);
                """, MediaType.TYPESCRIPT);
        assertEquals(8, run(emit.code()));
    }

    @Test
    void decoratorsFollowTheTc39ProposalByDefaultAsInDeno() throws Exception {
        Emit emit = transpile("""
                const seen: string[] = [];
                function logged(value: Function, context: ClassMethodDecoratorContext) {
                  seen.push(`${context.kind}:${String(context.name)}`);
                  return function (this: unknown, ...args: unknown[]) { return "logged " + value.apply(this, args); };
                }
                function tagged<T extends new (...a: any[]) => object>(value: T, context: ClassDecoratorContext) {
                  seen.push(`${context.kind}:${context.name}`);
                }
                @tagged class Greeter {
                  @logged greet(name: string) { return "hi " + name; }
                }
                export const result = new Greeter().greet("ann") + "|" + seen.join(",");
                """, MediaType.TYPESCRIPT);
        assertEquals("logged hi ann|method:greet,class:Greeter", run(emit.code()));
    }

    @Test
    void experimentalDecoratorsFollowTypeScriptsLegacySemanticsWhenAskedFor() throws Exception {
        Transpiler legacy = new Transpiler(cacheRoot, new TranspileOptions(JsxOptions.CLASSIC, true));
        Emit emit = legacy.transpile(URI.create("file:///app/legacy.ts"), """
                function readonly(target: any, key: string, descriptor: PropertyDescriptor) {
                  descriptor.writable = false;
                  return descriptor;
                }
                function sealed(constructor: Function) { Object.seal(constructor.prototype); }
                @sealed class Box {
                  @readonly size() { return 1; }
                }
                const d = Object.getOwnPropertyDescriptor(Box.prototype, "size")!;
                export const result = `${d.writable}:${Object.isSealed(Box.prototype)}`;
                """, MediaType.TYPESCRIPT);
        assertEquals("false:true", run(emit.code()));
    }

    @Test
    void typeOnlyImportsAreElidedAndValueImportsKept() {
        Emit emit = transpile("""
                import type { A } from "./types.ts";
                import { type B, value } from "./values.ts";
                import { onlyAType } from "./only-types.ts";
                import "./side-effect.ts";
                export const x: A | B | onlyAType = value;
                export type { A };
                """, MediaType.TYPESCRIPT);
        assertFalse(emit.code().contains("types.ts\""), emit.code());
        assertFalse(emit.code().contains("only-types.ts"), emit.code());
        assertTrue(emit.code().contains("import { value } from \"./values.ts\""), emit.code());
        assertTrue(emit.code().contains("import \"./side-effect.ts\""), emit.code());
    }

    @Test
    void tsxUsesReactCreateElementAndFragmentByDefault() throws Exception {
        Emit emit = transpile("""
                const React = {
                  createElement: (type: unknown, props: object | null, ...children: unknown[]) =>
                    ({ type: typeof type === "string" ? type : "fragment", props, children }),
                  Fragment: Symbol("fragment"),
                };
                const Item = ({ label }: { label: string }) => <li class="item">{label}</li>;
                export const result = JSON.stringify(<><Item label="a" /><br /></>);
                """, MediaType.TSX);
        assertTrue(emit.code().contains("React.createElement(React.Fragment"), emit.code());
        assertEquals("{\"type\":\"fragment\",\"props\":null,\"children\":[{\"type\":\"fragment\",\"props\":{\"label\":\"a\"},"
                + "\"children\":[]},{\"type\":\"br\",\"props\":null,\"children\":[]}]}", run(emit.code()));
    }

    @Test
    void jsxWithTheClassicRuntimeCallsTheConfiguredFactory() throws Exception {
        Transpiler preact = new Transpiler(cacheRoot, new TranspileOptions(JsxOptions.classic("h", "Fragment"), false));
        Emit emit = preact.transpile(URI.create("file:///app/view.jsx"), """
                const h = (type, props, ...children) => [type, children.length];
                const Fragment = "frag";
                export const result = JSON.stringify([<p>one{"two"}</p>, <>x</>]);
                """, MediaType.JSX);
        assertTrue(emit.code().contains("h(\"p\", null"), emit.code());
        assertEquals("[[\"p\",2],[\"frag\",1]]", run(emit.code()));
    }

    @Test
    void jsxWithTheAutomaticRuntimeImportsFromTheImportSource() {
        Transpiler automatic = new Transpiler(cacheRoot, new TranspileOptions(JsxOptions.automatic("preact"), false));
        Emit emit = automatic.transpile(URI.create("file:///app/view.tsx"),
                "export const view = (n: number) => <div id=\"v\">{n}<span /></div>;\n", MediaType.TSX);
        assertTrue(emit.code().contains("from \"preact/jsx-runtime\""), emit.code());
        assertTrue(emit.code().contains("_jsxs(\"div\""), emit.code());
        assertFalse(emit.code().contains("createElement"), emit.code());
    }

    @Test
    void anAngleBracketInATsFileIsATypeAssertionNotJsx() {
        assertTrue(transpile("export const n = <number>(1 as unknown);\n", MediaType.TYPESCRIPT).code().contains("export const n = 1"));
        TranspileException e = assertThrows(TranspileException.class,
                () -> transpile("export const el = <div></div>;\n", MediaType.TYPESCRIPT));
        assertEquals(1, e.line());
    }

    @Test
    void aSyntaxErrorReportsTheFileLineAndColumn() {
        URI url = URI.create("file:///app/main.ts");
        TranspileException e = assertThrows(TranspileException.class, () -> transpiler.transpile(url, """
                const a: number = 1;
                let b = 2;
                foo(a, ;
                """, MediaType.TYPESCRIPT));
        assertEquals(url, e.url());
        assertEquals(3, e.line());
        assertEquals(8, e.column());
        assertEquals(List.of(
                "The module's source code could not be parsed: Expression expected at file:///app/main.ts:3:8",
                "",
                "  foo(a, ;",
                "         ~"), e.getMessage().lines().toList());
    }

    @Test
    void aSyntaxErrorColumnCountsCharactersNotBytes() {
        TranspileException e = assertThrows(TranspileException.class,
                () -> transpile("const s = \"é€𝄞\"; foo(a, ;\n", MediaType.TYPESCRIPT));
        assertEquals(1, e.line());
        assertEquals(25, e.column(), e.getMessage());
    }

    @Test
    void theSourceMapNamesTheModuleAndIsSeparateFromTheCode() {
        Emit emit = transpile("const x: number = 1;\nexport { x };\n", MediaType.TYPESCRIPT);
        assertNotNull(emit.sourceMap());
        assertTrue(emit.sourceMap().contains("\"sources\":[\"file:///app/main.ts\"]"), emit.sourceMap());
        assertFalse(emit.code().contains("sourceMappingURL"), emit.code());
    }

    @Test
    void modulesWithSchemesTheJdkCannotOpenStillTranspile() {
        Emit emit = transpiler.transpile(URI.create("npm:left-pad@1/index.ts"), "export const n: number = 1;", MediaType.TYPESCRIPT);
        assertTrue(emit.code().contains("export const n = 1"), emit.code());
    }

    @Test
    void deeplyNestedCodeIsHandledOnABigStackRatherThanCrashingTheJvm() {
        // swc recurses once per operand here; on a thread with an 8 MB stack this killed the JVM (SIGSEGV).
        String ts = "export const deep: string = \"\"" + " + 1".repeat(20_000) + " + import.meta.url;\n";
        Emit js = transpile(ts, MediaType.TYPESCRIPT);
        Emit rewritten = new ModuleRewriter(cacheRoot).rewrite(URI.create("file:///app/main.ts"), js.code(), js.sourceMap());
        assertTrue(rewritten.code().endsWith(" + 1 + __ionMeta.url;\n"), "rewritten");
    }

    @Test
    void javaScriptIsNotTranspiled() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> transpile("export const a = 1;", MediaType.JAVASCRIPT));
        assertTrue(e.getMessage().contains("JavaScript only needs ModuleRewriter"), e.getMessage());
    }

    @Test
    void jsxOptionsRejectAMissingImportSourceOrFactory() {
        IllegalArgumentException automatic = assertThrows(IllegalArgumentException.class, () -> JsxOptions.automatic(" "));
        assertTrue(automatic.getMessage().contains("importSource is \" \""), automatic.getMessage());
        IllegalArgumentException classic = assertThrows(IllegalArgumentException.class, () -> JsxOptions.classic(null, "F"));
        assertTrue(classic.getMessage().contains("factory is missing"), classic.getMessage());
    }
}
