package org.ionjs.runtime.internal.modules;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Strict JSON (RFC 8259) to and from plain Java values: an object is a {@code LinkedHashMap<String, Object>}
 * in document order (a repeated key keeps its first position and its last value, as {@code JSON.parse}
 * does), an array an {@code ArrayList<Object>}, a string a {@code String}, a number a {@code Double},
 * {@code true}/{@code false} a {@code Boolean} and {@code null} is {@code null}.
 */
public final class Json {
    /** Deeper nesting is reported as an error instead of overflowing the Java stack. */
    private static final int MAX_DEPTH = 1000;

    private final String text;
    private int pos;
    private int depth;

    /** The text is not JSON; the message says what was expected, what was found, and where. */
    public static final class SyntaxException extends IllegalArgumentException {
        SyntaxException(String message) {
            super(message);
        }
    }

    private Json(String text) {
        this.text = text;
    }

    /** Parses one JSON value, with nothing but whitespace around it. */
    public static Object parse(String text) {
        Json parser = new Json(text);
        parser.skipWhitespace();
        Object value = parser.value();
        parser.skipWhitespace();
        if (parser.pos < text.length()) {
            throw parser.unexpected("the end of the input");
        }
        return value;
    }

    /**
     * Writes a value of the shape {@link #parse} returns (any {@link Map} with string keys, {@link List},
     * {@link Number}) as {@code JSON.stringify(value, null, 2)} does: two-space indentation, entries in
     * iteration order, numbers in JavaScript's notation, and non-finite numbers as {@code null}.
     */
    public static String stringify(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out, "");
        return out.toString();
    }

    private Object value() {
        return switch (peek()) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> string();
            case 't' -> literal("true", Boolean.TRUE);
            case 'f' -> literal("false", Boolean.FALSE);
            case 'n' -> literal("null", null);
            case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9' -> number();
            default -> throw unexpected("a JSON value");
        };
    }

    private Map<String, Object> object() {
        enter();
        Map<String, Object> map = new LinkedHashMap<>();
        skipWhitespace();
        if (!consume('}')) {
            do {
                skipWhitespace();
                if (peek() != '"') {
                    throw unexpected("a string in double quotes as the object key");
                }
                String key = string();
                skipWhitespace();
                expect(':');
                skipWhitespace();
                map.put(key, value());
                skipWhitespace();
            } while (consume(','));
            if (!consume('}')) {
                throw unexpected("',' or '}'");
            }
        }
        depth--;
        return map;
    }

    private List<Object> array() {
        enter();
        List<Object> list = new ArrayList<>();
        skipWhitespace();
        if (!consume(']')) {
            do {
                skipWhitespace();
                list.add(value());
                skipWhitespace();
            } while (consume(','));
            if (!consume(']')) {
                throw unexpected("',' or ']'");
            }
        }
        depth--;
        return list;
    }

    /** Steps over the opening bracket of an object or array. */
    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("JSON nested deeper than " + MAX_DEPTH + " levels");
        }
        pos++;
    }

    private String string() {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            int c = peek();
            if (c == '"') {
                pos++;
                return out.toString();
            } else if (c == '\\') {
                pos++;
                out.append(escape());
            } else if (c < 0x20) {
                throw c < 0 ? unexpected("'\"' to end the string") : error("Unescaped control character " + found() + " in a string; write it as an escape such as \\n or \\u0000");
            } else {
                out.append((char) c);
                pos++;
            }
        }
    }

    /** The character the escape sequence after a backslash stands for. */
    private char escape() {
        int c = peek();
        if (c == 'u') {
            pos++;
            return unicodeEscape();
        }
        char unescaped = switch (c) {
            case '"', '\\', '/' -> (char) c;
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            default -> throw unexpected("one of \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u after '\\'");
        };
        pos++;
        return unescaped;
    }

    /** One UTF-16 code unit; a character outside the BMP is a surrogate pair, two escapes in a row. */
    private char unicodeEscape() {
        int code = 0;
        for (int i = 0; i < 4; i++) {
            if (!HexFormat.isHexDigit(peek())) {
                throw unexpected("a hexadecimal digit of a \\u escape");
            }
            code = code * 16 + HexFormat.fromHexDigit(text.charAt(pos++));
        }
        return (char) code;
    }

    /** JSON's number grammar, stricter than {@link Double#parseDouble}: no '+', leading zeros or bare dots. */
    private Double number() {
        int start = pos;
        consume('-');
        if (!consume('0')) {
            digits();
        }
        if (consume('.')) {
            digits();
        }
        if (consume('e') || consume('E')) {
            if (!consume('+')) {
                consume('-');
            }
            digits();
        }
        return Double.parseDouble(text.substring(start, pos));
    }

    private void digits() {
        if (!isDigit(peek())) {
            throw unexpected("a digit");
        }
        while (isDigit(peek())) {
            pos++;
        }
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, pos)) {
            throw unexpected("a JSON value");
        }
        pos += word.length();
        return value;
    }

    private void skipWhitespace() {
        while (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r') {
            pos++;
        }
    }

    /** The next character, or -1 at the end of the input. */
    private int peek() {
        return pos < text.length() ? text.charAt(pos) : -1;
    }

    private boolean consume(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    private void expect(char c) {
        if (!consume(c)) {
            throw unexpected("'" + c + "'");
        }
    }

    private SyntaxException unexpected(String expected) {
        return error("Expected " + expected + " but found " + found());
    }

    private String found() {
        int c = peek();
        if (c < 0) {
            return "the end of the input";
        }
        return c < 0x20 || c == 0x7F ? String.format("U+%04X", c) : "'" + (char) c + "'";
    }

    private SyntaxException error(String problem) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < pos; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new SyntaxException(problem + " at line " + line + ", column " + (pos - lineStart + 1));
    }

    private static void write(Object value, StringBuilder out, String indent) {
        switch (value) {
            case null -> out.append("null");
            case String s -> writeString(s, out);
            case Boolean b -> out.append(b);
            case Number n -> out.append(javaScriptNumber(n.doubleValue()));
            case Map<?, ?> map -> writeObject(map, out, indent);
            case List<?> list -> writeArray(list, out, indent);
            default -> throw new IllegalArgumentException("Cannot write a " + value.getClass().getName()
                    + " as JSON; use a Map, List, String, Number, Boolean or null");
        }
    }

    private static void writeObject(Map<?, ?> map, StringBuilder out, String indent) {
        if (map.isEmpty()) {
            out.append("{}");
            return;
        }
        String inner = indent + "  ";
        String separator = "{\n";
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            if (!(entry.getKey() instanceof String key)) {
                throw new IllegalArgumentException("Cannot write the object key " + entry.getKey() + " as JSON; keys must be strings");
            }
            out.append(separator).append(inner);
            writeString(key, out);
            out.append(": ");
            write(entry.getValue(), out, inner);
            separator = ",\n";
        }
        out.append('\n').append(indent).append('}');
    }

    private static void writeArray(List<?> list, StringBuilder out, String indent) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        String inner = indent + "  ";
        String separator = "[\n";
        for (Object item : list) {
            out.append(separator).append(inner);
            write(item, out, inner);
            separator = ",\n";
        }
        out.append('\n').append(indent).append(']');
    }

    /**
     * Escapes as {@code JSON.stringify}: the short escapes, and other controls and lone surrogates as a
     * backslash-u escape with four hex digits.
     */
    private static void writeString(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || isLoneSurrogate(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    private static boolean isLoneSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        return Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)));
    }

    /**
     * JavaScript's Number::toString: plain notation from 1e-6 up to 1e21, exponent notation outside.
     * {@link Double#toString} already gives the shortest digits that read back as the same double, but
     * never fewer than two.
     */
    private static String javaScriptNumber(double d) {
        if (!Double.isFinite(d)) {
            return "null";
        }
        if (d == 0) {
            return "0";
        }
        BigDecimal decimal = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
        BigDecimal oneDigit = decimal.round(new MathContext(1));
        if (oneDigit.doubleValue() == Math.abs(d)) {
            decimal = oneDigit.stripTrailingZeros(); // Java prints two digits at least: 4.9E-324 for 5e-324
        }
        String digits = decimal.unscaledValue().toString();
        int k = digits.length();
        int n = k - decimal.scale(); // the value is 0.digits × 10^n
        String sign = d < 0 ? "-" : "";
        if (k <= n && n <= 21) {
            return sign + digits + "0".repeat(n - k);
        } else if (0 < n && n <= 21) {
            return sign + digits.substring(0, n) + "." + digits.substring(n);
        } else if (-6 < n && n <= 0) {
            return sign + "0." + "0".repeat(-n) + digits;
        }
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (n > 0 ? "+" : "-") + Math.abs(n - 1);
    }
}
