package org.ionjs.runtime.internal.modules;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The source maps of the loaded modules, by module URL, to report positions in the code the user wrote
 * rather than in the JavaScript V8 ran. A map is decoded the first time a position in its module is
 * looked up, since most never are. Thread-safe.
 */
public final class SourceMaps {
    /**
     * {@code url:line:column} in a V8 stack, as in {@code at f (file:///a.ts:3:7)} and
     * {@code at file:///a.ts:3:7}: the URL is the run of non-blank characters before the numbers, less
     * the parenthesis that opens a frame's location.
     */
    private static final Pattern LOCATION = Pattern.compile("(\\S+):(\\d{1,9}):(\\d{1,9})");

    private final Map<String, Entry> maps = new ConcurrentHashMap<>();

    /** A 1-based line and column. */
    public record Position(int line, int column) {
    }

    /** A map's JSON, and the map once decoded; a map that cannot be decoded maps nothing. */
    private static final class Entry {
        private final String json;
        private volatile SourceMap decoded;
        private volatile boolean unreadable;

        Entry(String json) {
            this.json = json;
        }

        SourceMap map() {
            SourceMap map = decoded;
            if (map == null && !unreadable) {
                try {
                    map = SourceMap.parse(json);
                    decoded = map;
                } catch (RuntimeException e) {
                    // Stack traces must never fail over a bad map; their positions stay as V8 gave them.
                    unreadable = true;
                }
            }
            return map;
        }
    }

    /** Registers the source map of the module at {@code url}; {@code null} forgets it. */
    public void register(URI url, String sourceMapJson) {
        String key = url.toString();
        if (sourceMapJson == null) {
            maps.remove(key);
        } else {
            maps.put(key, new Entry(sourceMapJson));
        }
    }

    /**
     * The original position of a 1-based position in the module at {@code url}; the position itself
     * when the module has no map or the map says nothing about it.
     */
    public Position map(URI url, int line, int column) {
        return map(url.toString(), line, column);
    }

    /** {@code v8Stack} with every position in a module with a map replaced by its original position. */
    public String mapStack(String v8Stack) {
        if (v8Stack == null || maps.isEmpty()) {
            return v8Stack;
        }
        Matcher location = LOCATION.matcher(v8Stack);
        StringBuilder out = new StringBuilder(v8Stack.length());
        while (location.find()) {
            String text = location.group(1);
            String prefix = text.startsWith("(") ? "(" : "";
            String url = text.substring(prefix.length());
            if (!maps.containsKey(url)) {
                continue;
            }
            Position original = map(url, Integer.parseInt(location.group(2)), Integer.parseInt(location.group(3)));
            location.appendReplacement(out, Matcher.quoteReplacement(
                    prefix + url + ":" + original.line() + ":" + original.column()));
        }
        return location.appendTail(out).toString();
    }

    private Position map(String url, int line, int column) {
        Entry entry = maps.get(url);
        SourceMap map = entry == null ? null : entry.map();
        SourceMap.LineColumn original = map == null ? null : map.originalPosition(line - 1, column - 1);
        return original == null ? new Position(line, column) : new Position(original.line() + 1, original.column() + 1);
    }
}
