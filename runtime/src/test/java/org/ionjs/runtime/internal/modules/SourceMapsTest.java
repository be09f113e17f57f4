package org.ionjs.runtime.internal.modules;

import org.ionjs.runtime.JsContext;
import org.ionjs.runtime.JsException;
import org.ionjs.runtime.JsRuntime;
import org.ionjs.runtime.spi.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 120, unit = TimeUnit.SECONDS)
class SourceMapsTest {
    private static final URI MAIN = URI.create("file:///app/main.ts");
    /**
     * Line 1 maps to line 1; line 2 from column 2 to line 4, column 17 (VLQ "gB" is +16, two digits);
     * line 3 to line 4, column 1 ("hB" is -16) with a name.
     */
    private static final String HAND_MADE = """
            {"version":3,"sources":["main.ts"],"names":["x"],"mappings":"AAAA;CAGgB,GAAA;AAAhBA"}""";

    @TempDir
    static Path cacheRoot;

    private static final String TS = """
            // Types only: none of these lines is in the output.
            interface User {
              name: string;
              age: number;
            }
            type Id = string | number;
            export function check(user: User, id: Id): void {
              if (user.age < 0) {
                throw new Error(`bad age for ${id}`);
              }
            }
            check({ name: "ann", age: -1 } as User, 7);
            """;

    @Test
    void aGeneratedPositionMapsBackToTheTypeScriptLineAndColumn() {
        Emit emit = new Transpiler(cacheRoot, TranspileOptions.DEFAULT).transpile(MAIN, TS, MediaType.TYPESCRIPT);
        SourceMaps maps = new SourceMaps();
        maps.register(MAIN, emit.sourceMap());
        String[] lines = emit.code().split("\n", -1);
        int line = 0;
        while (!lines[line].contains("throw")) {
            line++;
        }
        assertTrue(line < 8, "the type-only lines are gone, so the throw moved up: " + emit.code());
        assertEquals(new SourceMaps.Position(9, 5), maps.map(MAIN, line + 1, lines[line].indexOf("throw") + 1));
        assertEquals(new SourceMaps.Position(9, 11), maps.map(MAIN, line + 1, lines[line].indexOf("new Error") + 1));
    }

    @Test
    void aV8StackFromTheTranspiledModuleMapsToTheTypeScriptPositions() throws Exception {
        Emit emit = new Transpiler(cacheRoot, TranspileOptions.DEFAULT).transpile(MAIN, TS, MediaType.TYPESCRIPT);
        // Run as .js: until the transpiler is wired into the module pipeline, Ion refuses a .ts module.
        URI url = URI.create("file:///app/main.js");
        SourceMaps maps = new SourceMaps();
        maps.register(url, emit.sourceMap());
        try (JsRuntime runtime = JsRuntime.create()) {
            JsContext context = runtime.newWorker().newContext();
            ExecutionException failure = assertThrows(ExecutionException.class, () -> context.evalModule(url, emit.code()).get());
            JsException error = assertInstanceOf(JsException.class, failure.getCause());
            String stack = maps.mapStack(error.jsStack());
            assertTrue(stack.contains("at check (file:///app/main.js:9:11)"), stack);
            assertTrue(stack.contains("at file:///app/main.js:12:1"), stack);
        }
    }

    @Test
    void bothFrameFormsAreMappedAndOtherTextIsKept() {
        SourceMaps maps = new SourceMaps();
        maps.register(MAIN, HAND_MADE);
        String stack = """
                Error: at file:///app/main.ts:2:2 in the message too
                    at f (file:///app/main.ts:2:2)
                    at new Thing (file:///app/other.js:2:2)
                    at file:///app/main.ts:3:1
                    at async Promise.all (index 0)
                    at eval (eval at run (file:///app/main.ts:1:1), <anonymous>:1:1)""";
        assertEquals("""
                Error: at file:///app/main.ts:4:17 in the message too
                    at f (file:///app/main.ts:4:17)
                    at new Thing (file:///app/other.js:2:2)
                    at file:///app/main.ts:4:1
                    at async Promise.all (index 0)
                    at eval (eval at run (file:///app/main.ts:1:1), <anonymous>:1:1)""", maps.mapStack(stack));
    }

    @Test
    void vlqValuesAcrossSegmentsAndLinesDecodeRelativeToThePreviousOnes() {
        SourceMaps maps = new SourceMaps();
        maps.register(MAIN, HAND_MADE);
        assertEquals(new SourceMaps.Position(1, 1), maps.map(MAIN, 1, 1));
        assertEquals(new SourceMaps.Position(4, 17), maps.map(MAIN, 2, 2));
        assertEquals(new SourceMaps.Position(4, 18), maps.map(MAIN, 2, 3), "one column on inside the segment");
        assertEquals(new SourceMaps.Position(4, 17), maps.map(MAIN, 2, 5));
        assertEquals(new SourceMaps.Position(4, 1), maps.map(MAIN, 3, 1));
        assertEquals(new SourceMaps.Position(4, 3), maps.map(MAIN, 3, 3));
    }

    @Test
    void encodingADecodedMapGivesBackTheSameMappings() {
        SourceMap map = SourceMap.parse(HAND_MADE);
        assertEquals("{\"version\":3,\"sources\":[\"main.ts\"],\"names\":[\"x\"],\"mappings\":\"AAAA;CAGgB,GAAA;AAAhBA\"}",
                map.toJson());
        String large = "{\"version\":3,\"sources\":[\"a\"],\"names\":[],\"mappings\":\"A8nEwgoDurF;qtCAAhwO\"}";
        assertEquals(large, SourceMap.parse(large).toJson());
    }

    @Test
    void positionsWithoutAMapOrOutsideItStayAsTheyAre() {
        SourceMaps maps = new SourceMaps();
        maps.register(MAIN, HAND_MADE);
        assertEquals(new SourceMaps.Position(7, 3), maps.map(URI.create("file:///app/none.ts"), 7, 3));
        assertEquals(new SourceMaps.Position(40, 2), maps.map(MAIN, 40, 2));
        assertEquals(new SourceMaps.Position(2, 1), maps.map(MAIN, 2, 1), "before the line's first segment");
        maps.register(MAIN, null);
        assertEquals(new SourceMaps.Position(2, 2), maps.map(MAIN, 2, 2), "a forgotten map maps nothing");
    }

    @Test
    void anUnreadableMapLeavesPositionsAsTheyAreInsteadOfFailing() {
        SourceMaps maps = new SourceMaps();
        maps.register(MAIN, "{\"version\":3,\"mappings\":\"A$\"}");
        assertEquals(new SourceMaps.Position(1, 1), maps.map(MAIN, 1, 1));
        assertEquals("at file:///app/main.ts:1:1", maps.mapStack("at file:///app/main.ts:1:1"));
        maps.register(MAIN, "not json");
        assertEquals(new SourceMaps.Position(1, 1), maps.map(MAIN, 1, 1));
        assertNull(maps.mapStack(null));
    }

    @Test
    void sourceMapParsingRejectsWhatItCannotRead() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SourceMap.parse("{\"version\":2,\"mappings\":\"\"}"))
                .getMessage().contains("not a version 3 source map"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SourceMap.parse("{\"version\":3,\"sections\":[]}"))
                .getMessage().contains("index source maps"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SourceMap.parse("{\"version\":3,\"mappings\":\"AA\"}"))
                .getMessage().contains("has 2 fields"));
    }
}
