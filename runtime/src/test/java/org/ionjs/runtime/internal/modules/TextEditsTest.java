package org.ionjs.runtime.internal.modules;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextEditsTest {
    @Test
    void editsAddedInAnyOrderApplyInTextOrder() {
        TextEdits edits = new TextEdits();
        edits.insert(7, "!");
        edits.replace(0, 3, "one");
        edits.insert(0, ">");
        assertEquals(">one bcd!", edits.applyTo("abc bcd"));
    }

    @Test
    void offsetsMoveOverInsertionsAndIntoTheStartOfReplacements() {
        String text = "import(x); y";
        TextEdits edits = new TextEdits();
        edits.insert(0, "P;");
        edits.replace(0, 6, "__ionImport");
        edits.insert(8, ", undefined, m");
        assertEquals("P;__ionImport(x, undefined, m); y", edits.applyTo(text));
        assertEquals(2, edits.newOffset(0), "the start of the replacement, after the insertion before it");
        assertEquals(2, edits.newOffset(3), "inside the replaced keyword");
        assertEquals(13, edits.newOffset(6), "the parenthesis");
        assertEquals(14, edits.newOffset(7), "x");
        assertEquals(29, edits.newOffset(8), "the closing parenthesis comes after the inserted text");
        assertEquals(32, edits.newOffset(11), "y");
    }
}
