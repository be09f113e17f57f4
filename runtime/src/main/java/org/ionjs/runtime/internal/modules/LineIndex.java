package org.ionjs.runtime.internal.modules;

import java.util.Arrays;

/**
 * Converts between offsets in a text and 0-based line and column, counting lines as V8 does
 * ({@code \n}, {@code \r\n}, {@code \r}, U+2028 and U+2029 each end a line) and columns in UTF-16
 * units, as V8 and source maps both do.
 */
final class LineIndex {
    private final int[] starts;
    private final int length;

    LineIndex(String text) {
        int[] found = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
            } else if (c != '\n' && c != '\r' && c != '\u2028' && c != '\u2029') {
                continue;
            }
            if (count == found.length) {
                found = Arrays.copyOf(found, count * 2);
            }
            found[count++] = i + 1;
        }
        this.starts = Arrays.copyOf(found, count);
        this.length = text.length();
    }

    int lineCount() {
        return starts.length;
    }

    /** The offset of a line and column; a column past the end of its line stops at the line's end. */
    int offset(int line, int column) {
        if (line >= starts.length) {
            return length;
        }
        int end = line + 1 < starts.length ? starts[line + 1] : length;
        return Math.min(starts[line] + column, end);
    }

    /** The 0-based line of an offset. */
    int line(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** The offset where a line starts. */
    int lineStart(int line) {
        return starts[line];
    }
}
