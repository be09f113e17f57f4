package org.ionjs.runtime.spi;

import java.net.URI;
import java.util.Locale;

/** What kind of source a module is, from its file extension or its HTTP Content-Type (as in Deno). */
public enum MediaType {
    JAVASCRIPT, JSX, TYPESCRIPT, TSX, JSON, UNKNOWN;

    /** By the extension of the URL's path: .js .mjs .cjs .jsx .ts .mts .cts .tsx .json. */
    public static MediaType fromPath(URI url) {
        String path = url.getPath() == null ? "" : url.getPath().toLowerCase(Locale.ROOT);
        if (path.endsWith(".d.ts") || path.endsWith(".d.mts") || path.endsWith(".d.cts")) {
            return UNKNOWN;
        }
        int dot = path.lastIndexOf('.');
        String extension = dot < 0 || dot < path.lastIndexOf('/') ? "" : path.substring(dot + 1);
        return switch (extension) {
            case "js", "mjs", "cjs" -> JAVASCRIPT;
            case "jsx" -> JSX;
            case "ts", "mts", "cts" -> TYPESCRIPT;
            case "tsx" -> TSX;
            case "json" -> JSON;
            default -> UNKNOWN;
        };
    }

    /**
     * By an HTTP Content-Type, falling back to the URL's extension when the type is generic
     * (text/plain, application/octet-stream) or absent, as Deno does for remote modules.
     */
    public static MediaType fromContentType(String contentType, URI url) {
        if (contentType == null) {
            return fromPath(url);
        }
        String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application/javascript", "text/javascript", "application/ecmascript", "text/ecmascript",
                 "application/x-javascript", "application/node" -> fromPathOr(url, JAVASCRIPT);
            case "text/jsx" -> JSX;
            case "application/typescript", "text/typescript", "video/vnd.dlna.mpeg-tts", "video/mp2t",
                 "application/x-typescript" -> fromPathOr(url, TYPESCRIPT);
            case "text/tsx" -> TSX;
            case "application/json", "text/json" -> JSON;
            default -> fromPath(url);
        };
    }

    /** JSX and TSX served as JavaScript or TypeScript keep their extension's meaning. */
    private static MediaType fromPathOr(URI url, MediaType fallback) {
        MediaType byPath = fromPath(url);
        return (fallback == JAVASCRIPT && byPath == JSX) || (fallback == TYPESCRIPT && byPath == TSX) ? byPath : fallback;
    }
}
