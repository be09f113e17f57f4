package org.ionjs.runtime.internal;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ErrorsTest {

    @Test
    void theErrorClassIsReadFromTheStackHeader() {
        assertEquals("TypeError", Errors.classFromStack("TypeError: boom\n    at f (file:///a.js:1:1)", "boom"));
        assertEquals("MyError", Errors.classFromStack("MyError: a: b\n    at x", "a: b"));
        assertEquals("RangeError", Errors.classFromStack("RangeError\n    at x", ""));
    }

    @Test
    void theFirstFrameGivesFileLineAndColumn() {
        Errors.Position named = Errors.Position.firstFrame("Error: x\n    at fail (file:///app/main.js:2:9)\n    at file:///app/main.js:4:1");
        assertEquals(new Errors.Position("file:///app/main.js", 2, 9), named);
        Errors.Position anonymous = Errors.Position.firstFrame("Error: x\n    at file:///app/main.js:7:3");
        assertEquals(new Errors.Position("file:///app/main.js", 7, 3), anonymous);
        assertEquals(new Errors.Position(null, 0, 0), Errors.Position.firstFrame("Error: no frames"));
    }
}
