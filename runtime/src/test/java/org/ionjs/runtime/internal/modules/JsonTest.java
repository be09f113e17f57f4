package org.ionjs.runtime.internal.modules;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonTest {

    private static String rejected(String text) {
        return assertThrows(Json.SyntaxException.class, () -> Json.parse(text)).getMessage();
    }

    @Test
    void objectsKeepTheirKeysInDocumentOrder() {
        Object parsed = Json.parse(" {\"b\": 1, \"a\": [true, false, null], \"c\": {}} ");
        Map<?, ?> map = assertInstanceOf(LinkedHashMap.class, parsed);
        assertEquals(List.of("b", "a", "c"), new ArrayList<>(map.keySet()));
        assertEquals(1.0, map.get("b"));
        assertInstanceOf(ArrayList.class, map.get("a"));
        assertEquals(Arrays.asList(true, false, null), map.get("a"));
        assertEquals(Map.of(), map.get("c"));
    }

    @Test
    void repeatedKeyKeepsItsFirstPositionAndItsLastValue() {
        Map<?, ?> map = (Map<?, ?>) Json.parse("{\"a\": 1, \"b\": 2, \"a\": 3}");
        assertEquals(List.of("a", "b"), new ArrayList<>(map.keySet()));
        assertEquals(3.0, map.get("a"));
    }

    @Test
    void stringsDecodeEveryEscape() {
        assertEquals("\" \\ / \b \f \n \r \t é", Json.parse("\"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u00E9\""));
        assertEquals("😀", Json.parse("\"\\ud83d\\ude00\""));
        assertEquals("\ud800", Json.parse("\"\\ud800\""));
        assertEquals("😀 literal", Json.parse("\"😀 literal\""));
    }

    @Test
    void numbersAreDoubles() {
        assertEquals(0.0, Json.parse("0"));
        assertEquals(-0.0, Json.parse("-0"));
        assertEquals(1500.0, Json.parse("1.5e3"));
        assertEquals(-1.225, Json.parse("-12.25E-1"));
        assertEquals(1e300, Json.parse("1E+300"));
    }

    @Test
    void anythingBeyondStrictJsonIsRejected() {
        for (String text : List.of("", " ", "01", "1.", ".5", "+1", "-", "1e", "NaN", "Infinity", "[1,]", "{\"a\":1,}",
                "{'a':1}", "{a:1}", "\"\\x\"", "\"\\u12G4\"", "\"tab\there\"", "\"open", "tru", "nul", "[1 2]", "{} {}",
                "// comment\n{}", "\uFEFF{}")) {
            rejected(text);
        }
    }

    @Test
    void errorsSayWhatWasExpectedAndWhere() {
        assertEquals("Expected ':' but found '1' at line 2, column 7", rejected("{\n  \"a\" 1}"));
        assertEquals("Expected ',' or ']' but found the end of the input at line 1, column 6", rejected("[1, 2"));
        assertEquals("Expected a JSON value but found ']' at line 1, column 4", rejected("[1,]"));
        assertEquals("Unescaped control character U+000A in a string; write it as an escape such as \\n or \\u0000"
                + " at line 1, column 3", rejected("\"a\nb\""));
        assertEquals("Expected the end of the input but found '1' at line 1, column 2", rejected("01"));
    }

    @Test
    void deepNestingIsAnErrorInsteadOfAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        assertEquals("JSON nested deeper than 1000 levels at line 1, column 1001", rejected(deep));
        assertInstanceOf(List.class, Json.parse("[".repeat(1000) + "]".repeat(1000)));
    }

    @Test
    void stringifyIndentsWithTwoSpacesInInsertionOrder() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", "last key first");
        map.put("list", List.of(1.0, Map.of(), List.of()));
        map.put("nested", Map.of("ok", true));
        map.put("none", null);
        assertEquals("""
                {
                  "z": "last key first",
                  "list": [
                    1,
                    {},
                    []
                  ],
                  "nested": {
                    "ok": true
                  },
                  "none": null
                }""", Json.stringify(map));
        assertEquals("{}", Json.stringify(Map.of()));
    }

    @Test
    void stringifyWritesNumbersAsJavaScriptDoes() {
        assertEquals("0", Json.stringify(-0.0));
        assertEquals("1.5", Json.stringify(1.5));
        assertEquals("-42", Json.stringify(-42.0));
        assertEquals("100000000000000000000", Json.stringify(1e20));
        assertEquals("1e+21", Json.stringify(1e21));
        assertEquals("1.2345e+25", Json.stringify(1.2345e25));
        assertEquals("0.000001", Json.stringify(1e-6));
        assertEquals("1e-7", Json.stringify(1e-7));
        assertEquals("0.1", Json.stringify(0.1));
        assertEquals("0.30000000000000004", Json.stringify(0.1 + 0.2));
        assertEquals("7", Json.stringify(7));
        assertEquals("5e-324", Json.stringify(Double.MIN_VALUE));
        assertEquals("null", Json.stringify(Double.NaN));
    }

    @Test
    void stringifyEscapesQuotesControlsAndLoneSurrogates() {
        assertEquals("\"\\\"\\\\\\b\\f\\n\\r\\t\\u0001/é😀\\ud800\"", Json.stringify("\"\\\b\f\n\r\t\u0001/é😀\ud800"));
    }

    @Test
    void stringifyThenParseGivesTheSameValue() {
        Object value = Json.parse("{\"a\": [1, 2.5, -3e-9, \"x\\u0000y\", {\"b\": null}], \"c\": false, \"\": \"\"}");
        assertEquals(value, Json.parse(Json.stringify(value)));
    }

    @Test
    void stringifyRejectsValuesJsonCannotHold() {
        assertThrows(IllegalArgumentException.class, () -> Json.stringify(new Object()));
        assertThrows(IllegalArgumentException.class, () -> Json.stringify(Map.of(1, "a")));
    }

    @Test
    void literalsAndNullParse() {
        assertEquals(true, Json.parse("true"));
        assertEquals(false, Json.parse("false"));
        assertNull(Json.parse(" null "));
    }
}
