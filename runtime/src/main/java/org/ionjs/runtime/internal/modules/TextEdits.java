package org.ionjs.runtime.internal.modules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replacements of ranges of a text (insertions are empty ranges), which must not overlap. Knows where
 * each offset of the old text ends up in the new one, to carry source maps over the edit.
 */
final class TextEdits {
    /** Replaces {@code [start, end)} (UTF-16 offsets) with {@code text}. */
    record Edit(int start, int end, String text) {
        int growth() {
            return text.length() - (end - start);
        }
    }

    /** By start; an insertion sorts before a replacement that starts at the same offset. */
    private static final Comparator<Edit> ORDER = (a, b) -> a.start() != b.start()
            ? Integer.compare(a.start(), b.start())
            : Integer.compare(a.end(), b.end());

    private final List<Edit> edits = new ArrayList<>();
    private boolean sorted = true;
    /** {@code growthBefore[i]}: how much the edits before edit {@code i} lengthen the text; built on demand. */
    private int[] growthBefore;

    void replace(int start, int end, String text) {
        Edit edit = new Edit(start, end, text);
        if (!edits.isEmpty() && ORDER.compare(edits.getLast(), edit) > 0) {
            sorted = false;
        }
        edits.add(edit);
        growthBefore = null;
    }

    void insert(int offset, String text) {
        replace(offset, offset, text);
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    private List<Edit> sortedEdits() {
        if (!sorted) {
            edits.sort(ORDER);
            sorted = true;
        }
        return edits;
    }

    String applyTo(String text) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        int copied = 0;
        for (Edit edit : sortedEdits()) {
            if (edit.start() < copied) {
                throw new IllegalStateException("overlapping edits at offset " + edit.start());
            }
            out.append(text, copied, edit.start()).append(edit.text());
            copied = edit.end();
        }
        return out.append(text, copied, text.length()).toString();
    }

    /** The offsets where edits start and end, where a source map needs a segment to stay exact. */
    int[] boundaries() {
        List<Edit> sorted = sortedEdits();
        int[] offsets = new int[sorted.size() * 2];
        for (int i = 0; i < sorted.size(); i++) {
            offsets[2 * i] = sorted.get(i).start();
            offsets[2 * i + 1] = sorted.get(i).end();
        }
        return offsets;
    }

    /**
     * Where {@code offset} of the old text is in the new one. An offset inside a replaced range goes to
     * the start of its replacement; an offset at an insertion goes after the inserted text, with the
     * character it names.
     */
    int newOffset(int offset) {
        List<Edit> sorted = sortedEdits();
        if (growthBefore == null) {
            growthBefore = new int[sorted.size() + 1];
            for (int i = 0; i < sorted.size(); i++) {
                growthBefore[i + 1] = growthBefore[i] + sorted.get(i).growth();
            }
        }
        // The edits that start at or before the offset: a binary search, since a module may have many.
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            Edit edit = sorted.get(mid);
            boolean after = edit.start() > offset || (edit.start() == offset && edit.end() > edit.start());
            if (after) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        if (low > 0 && offset < sorted.get(low - 1).end()) {
            return sorted.get(low - 1).start() + growthBefore[low - 1];
        }
        return offset + growthBefore[low];
    }
}
