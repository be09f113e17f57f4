package org.ionjs.runtime.internal.modules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A decoded source map (v3): for each generated line, its segments sorted by column. Index maps
 * ({@code sections}) are not supported; nothing Ion reads produces them.
 *
 * <p>Lines and columns here are 0-based, as in the format.
 */
final class SourceMap {
    /** Each segment is {@code FIELDS} ints: generated column, source, original line, original column, name. */
    private static final int FIELDS = 5;
    private static final int ABSENT = -1;
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final int[] BASE64_VALUES = new int[128];

    static {
        Arrays.fill(BASE64_VALUES, -1);
        for (int i = 0; i < BASE64.length(); i++) {
            BASE64_VALUES[BASE64.charAt(i)] = i;
        }
    }

    /** The map's fields other than {@code mappings}, kept so that rewriting a map loses nothing. */
    private final Map<String, Object> otherFields;
    private final int[][] lines;

    private SourceMap(Map<String, Object> otherFields, int[][] lines) {
        this.otherFields = otherFields;
        this.lines = lines;
    }

    /** A generated position. */
    record LineColumn(int line, int column) {
    }

    /** Moves generated positions, for a map of text that was edited after it was generated. */
    @FunctionalInterface
    interface PositionMove {
        LineColumn apply(int line, int column);
    }

    /**
     * Decodes a source map.
     *
     * @throws IllegalArgumentException when {@code json} is not a v3 source map Ion can read
     */
    static SourceMap parse(String json) {
        if (!(Json.parse(json) instanceof Map<?, ?> object)) {
            throw new IllegalArgumentException("a source map is a JSON object");
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        object.forEach((key, value) -> fields.put((String) key, value));
        if (!(fields.get("version") instanceof Number version) || version.doubleValue() != 3) {
            throw new IllegalArgumentException("not a version 3 source map (its version is " + fields.get("version") + ")");
        }
        if (fields.containsKey("sections")) {
            throw new IllegalArgumentException("index source maps (with \"sections\") are not supported");
        }
        if (!(fields.remove("mappings") instanceof String mappings)) {
            throw new IllegalArgumentException("the source map has no \"mappings\" string");
        }
        return new SourceMap(fields, decode(mappings));
    }

    /**
     * A map from a text (the one {@code index} was made from, named {@code sourceUrl}) to itself: a
     * segment at the start of each line and at each of {@code anchors} (offsets where later edits begin
     * or end), so that the columns between them map one to one.
     */
    static SourceMap identity(String sourceUrl, LineIndex index, int[] anchors) {
        int[] sorted = anchors.clone();
        Arrays.sort(sorted);
        Builder builder = new Builder(index.lineCount());
        int next = 0;
        for (int line = 0; line < index.lineCount(); line++) {
            int lineEnd = line + 1 < index.lineCount() ? index.lineStart(line + 1) : Integer.MAX_VALUE;
            builder.add(line, 0, 0, line, 0, ABSENT);
            while (next < sorted.length && sorted[next] < lineEnd) {
                int column = sorted[next++] - index.lineStart(line);
                if (column > 0) {
                    builder.add(line, column, 0, line, column, ABSENT);
                }
            }
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("version", 3);
        fields.put("sources", List.of(sourceUrl));
        fields.put("names", List.of());
        return new SourceMap(fields, builder.lines());
    }

    /**
     * The original position of a generated one, or {@code null} when the line has no mapping at or
     * before the column. Between two segments the column offset from the earlier one carries over,
     * which is exact for text copied unchanged and close within a token.
     */
    LineColumn originalPosition(int line, int column) {
        if (line < 0 || line >= lines.length) {
            return null;
        }
        int[] segments = lines[line];
        int low = 0;
        int high = segments.length / FIELDS - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (segments[mid * FIELDS] <= column) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        if (found < 0 || segments[found * FIELDS + 1] == ABSENT) {
            return null;
        }
        int at = found * FIELDS;
        return new LineColumn(segments[at + 2], segments[at + 3] + column - segments[at]);
    }

    /**
     * This map with every generated position moved by {@code move}, which must keep their order. When
     * several segments land on the same position, the first is kept: it names the start of the text
     * that replaced them.
     */
    SourceMap withGeneratedPositionsMoved(PositionMove move, int newLineCount) {
        Builder builder = new Builder(newLineCount);
        for (int line = 0; line < lines.length; line++) {
            int[] segments = lines[line];
            for (int at = 0; at < segments.length; at += FIELDS) {
                LineColumn moved = move.apply(line, segments[at]);
                builder.add(moved.line(), moved.column(), segments[at + 1], segments[at + 2], segments[at + 3], segments[at + 4]);
            }
        }
        return new SourceMap(otherFields, builder.lines());
    }

    String toJson() {
        StringBuilder json = new StringBuilder("{");
        otherFields.forEach((key, value) -> {
            json.append(Json.stringify(key)).append(':');
            writeCompact(value, json);
            json.append(',');
        });
        return json.append("\"mappings\":").append(Json.stringify(encode(lines))).append('}').toString();
    }

    /** Like {@link Json#stringify} but on one line, as source maps usually are. */
    private static void writeCompact(Object value, StringBuilder out) {
        if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                writeCompact(list.get(i), out);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            String separator = "";
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(separator).append(Json.stringify(entry.getKey())).append(':');
                writeCompact(entry.getValue(), out);
                separator = ",";
            }
            out.append('}');
        } else if (value instanceof Number number && number.doubleValue() == (int) number.doubleValue()) {
            // Numbers in source maps are small integers (the version, ignoreList); Json's general
            // formatting of numbers costs about 10 ms the first time.
            out.append((int) number.doubleValue());
        } else {
            out.append(Json.stringify(value));
        }
    }

    private static int[][] decode(String mappings) {
        List<int[]> lines = new ArrayList<>();
        int[] previous = {0, 0, 0, 0, 0};
        int[] value = new int[1];
        int pos = 0;
        int length = mappings.length();
        Builder.Line line = new Builder.Line();
        while (pos <= length) {
            if (pos == length || mappings.charAt(pos) == ';') {
                lines.add(line.toArray());
                line = new Builder.Line();
                previous[0] = 0;
                pos++;
                continue;
            }
            if (mappings.charAt(pos) == ',') {
                pos++;
                continue;
            }
            int[] segment = {ABSENT, ABSENT, ABSENT, ABSENT, ABSENT};
            int fields = 0;
            while (pos < length && mappings.charAt(pos) != ',' && mappings.charAt(pos) != ';') {
                if (fields == FIELDS) {
                    throw new IllegalArgumentException("a mappings segment has more than 5 fields, near offset " + pos);
                }
                pos = readVlq(mappings, pos, value);
                previous[fields] += value[0];
                segment[fields] = previous[fields];
                fields++;
            }
            if (fields != 1 && fields != 4 && fields != 5) {
                throw new IllegalArgumentException("a mappings segment has " + fields + " fields, near offset " + pos);
            }
            line.add(segment);
        }
        return lines.toArray(int[][]::new);
    }

    private static String encode(int[][] lines) {
        StringBuilder out = new StringBuilder();
        int[] previous = {0, 0, 0, 0, 0};
        for (int line = 0; line < lines.length; line++) {
            if (line > 0) {
                out.append(';');
            }
            previous[0] = 0;
            int[] segments = lines[line];
            for (int at = 0; at < segments.length; at += FIELDS) {
                if (at > 0) {
                    out.append(',');
                }
                for (int field = 0; field < FIELDS && segments[at + field] != ABSENT; field++) {
                    writeVlq(out, segments[at + field] - previous[field]);
                    previous[field] = segments[at + field];
                }
            }
        }
        return out.toString();
    }

    /** Reads one base64 VLQ number into {@code value[0]}; returns the position after it. */
    private static int readVlq(String text, int pos, int[] value) {
        int result = 0;
        int shift = 0;
        int digit;
        do {
            char c = pos < text.length() ? text.charAt(pos) : '\0';
            digit = c < 128 ? BASE64_VALUES[c] : -1;
            if (digit < 0 || shift > 30) {
                throw new IllegalArgumentException("bad base64 VLQ in mappings at offset " + pos);
            }
            pos++;
            result += (digit & 31) << shift;
            shift += 5;
        } while ((digit & 32) != 0);
        value[0] = (result & 1) == 0 ? result >>> 1 : -(result >>> 1);
        return pos;
    }

    private static void writeVlq(StringBuilder out, int number) {
        int rest = number < 0 ? (-number << 1) | 1 : number << 1;
        do {
            int digit = rest & 31;
            rest >>>= 5;
            out.append(BASE64.charAt(rest != 0 ? digit | 32 : digit));
        } while (rest != 0);
    }

    /** Collects segments line by line, dropping one that repeats the generated position before it. */
    private static final class Builder {
        private final List<Line> lines = new ArrayList<>();

        Builder(int lineCount) {
            for (int i = 0; i < lineCount; i++) {
                lines.add(new Line());
            }
        }

        void add(int line, int column, int source, int originalLine, int originalColumn, int name) {
            while (lines.size() <= line) {
                lines.add(new Line());
            }
            lines.get(line).add(new int[]{column, source, originalLine, originalColumn, name});
        }

        int[][] lines() {
            int[][] result = new int[lines.size()][];
            for (int i = 0; i < result.length; i++) {
                result[i] = lines.get(i).toArray();
            }
            return result;
        }

        private static final class Line {
            private int[] segments = new int[0];
            private int size;

            void add(int[] segment) {
                if (size > 0 && segments[size - FIELDS] == segment[0]) {
                    return;
                }
                if (size == segments.length) {
                    segments = Arrays.copyOf(segments, Math.max(4 * FIELDS, size * 2));
                }
                System.arraycopy(segment, 0, segments, size, FIELDS);
                size += FIELDS;
            }

            int[] toArray() {
                return Arrays.copyOf(segments, size);
            }
        }
    }
}
