package org.ionjs.runtime.internal.modules;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The WHATWG URL parser, approximated on top of {@link java.net.URI}: the result is a {@code URI} whose
 * {@code toString()} is the WHATWG serialization, so URLs can be compared as strings the way the import
 * maps algorithm does. What is covered: scheme and host lowercasing, default ports dropped, "/" as the
 * empty path of special URLs, "." and ".." segments (also as %2e) removed, never above the root,
 * {@code file:///path} with its empty authority, backslashes read as slashes in special URLs, missing
 * slashes after a special scheme ({@code https:host}, or {@code https:path} relative to an https base),
 * invalid ports and hosts rejected, and characters that URLs cannot hold literally (spaces, non-ASCII,
 * ...) percent-encoded as UTF-8.
 *
 * <p>Limits, because java.net.URI parses differently and this is not a full URL parser:
 * <ul>
 *   <li>hosts are not percent-decoded, IDNA-mapped or checked as IPv4 numbers ({@code https://ex%41mple.com/}
 *       and non-ASCII hosts are kept as written, or rejected);</li>
 *   <li>characters WHATWG keeps literally but java.net.URI rejects are percent-encoded anyway: {@code | ^ [ ]}
 *       and a backslash in paths of non-special URLs, {@code ` { } | ^ \} in queries, a second {@code #},
 *       a {@code %} not followed by two hex digits, and spaces in opaque paths such as {@code data:};
 *       conversely an apostrophe in the query of a special URL, which WHATWG encodes, stays literal;</li>
 *   <li>the empty opaque path {@code foo:} is rejected, and Windows drive letters in file URLs get no
 *       special treatment.</li>
 * </ul>
 */
final class WhatwgUrl {
    /** The special schemes and their default ports (none for file:). */
    private static final Map<String, Integer> SPECIAL_SCHEMES =
            Map.of("http", 80, "https", 443, "ws", 80, "wss", 443, "ftp", 21, "file", -1);
    private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):");
    /** An authority, which must reach java.net.URI as written: percent-encoding it would hide an invalid host. */
    private static final Pattern AUTHORITY = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*:)?//[^/?#]*");
    private static final Pattern COLON_IN_FIRST_SEGMENT = Pattern.compile("[^/?#]*:");
    private static final Pattern PORT = Pattern.compile("0*\\d{1,5}");
    /** Besides letters and digits, the characters java.net.URI accepts outside an authority; plus '%' and '#'. */
    private static final String URI_PUNCTUATION = "-_.!~*'();/?:@&=+$,";
    private static final Set<String> SINGLE_DOT = Set.of(".", "%2e");
    private static final Set<String> DOUBLE_DOT = Set.of("..", ".%2e", "%2e.", "%2e%2e");
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private WhatwgUrl() {
    }

    /**
     * Parses {@code input} as an absolute URL or, when {@code base} is given, as a URL relative to it (the
     * base must itself come from this method). Returns null where the WHATWG parser fails.
     */
    static URI parse(String input, URI base) {
        String text = input.trim().replaceAll("[\t\n\r]", "");
        Matcher scheme = SCHEME.matcher(text);
        boolean absolute = scheme.lookingAt();
        String schemeName = absolute ? scheme.group(1).toLowerCase(Locale.ROOT) : base == null ? "" : base.getScheme();
        boolean special = SPECIAL_SCHEMES.containsKey(schemeName);
        if (special) {
            text = forwardSlashes(text);
        }
        if (absolute && special && base != null && schemeName.equals(base.getScheme()) && !text.startsWith("//", scheme.end())) {
            // "https:x" relative to an https: base is the relative reference "x"
            text = text.substring(scheme.end());
            absolute = false;
        }
        try {
            if (absolute) {
                String rest = text.substring(scheme.end());
                return canonical(new URI(percentEncode(special ? schemeName + ":" + withAuthority(schemeName, rest) : text)));
            }
            if (base == null || base.isOpaque()) {
                return null;
            }
            if (COLON_IN_FIRST_SEGMENT.matcher(text).lookingAt()) {
                text = "./" + text; // else java.net.URI reads "1a:b" as a (malformed) scheme
            }
            return canonical(resolve(base, percentEncode(text)));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    static boolean isSpecial(URI url) {
        return SPECIAL_SCHEMES.containsKey(url.getScheme());
    }

    /** Special URLs read '\' as '/' up to the query. */
    private static String forwardSlashes(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) != '?' && text.charAt(end) != '#') {
            end++;
        }
        return text.substring(0, end).replace('\\', '/') + text.substring(end);
    }

    /**
     * A special URL always has an authority, however many slashes follow the scheme; a file URL without
     * one has the empty host.
     */
    private static String withAuthority(String scheme, String rest) {
        if (scheme.equals("file")) {
            return rest.startsWith("//") ? rest : rest.startsWith("/") ? "//" + rest : "///" + rest;
        }
        return "//" + rest.replaceFirst("^/+", "");
    }

    /**
     * java.net.URI follows RFC 2396 for the references "" and "?query", dropping the last path segment of
     * the base; the WHATWG parser keeps the base path (and, for "", the query).
     */
    private static URI resolve(URI base, String reference) throws URISyntaxException {
        String serialized = base.toString();
        if (reference.isEmpty()) {
            return new URI(serialized.replaceFirst("#.*", ""));
        } else if (reference.startsWith("?")) {
            return new URI(serialized.replaceFirst("[?#].*", "") + reference);
        }
        return base.resolve(new URI(reference));
    }

    private static String percentEncode(String text) {
        Matcher authority = AUTHORITY.matcher(text);
        int authorityEnd = authority.lookingAt() ? authority.end() : 0;
        StringBuilder out = new StringBuilder(text.substring(0, authorityEnd));
        boolean inFragment = false;
        for (int i = authorityEnd; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (c < 0x80 && (Character.isLetterOrDigit(c) || URI_PUNCTUATION.indexOf(c) >= 0)
                    || c == '%' && isEscape(text, i)
                    || c == '#' && !inFragment) {
                inFragment |= c == '#';
                out.appendCodePoint(c);
            } else {
                // A lone surrogate has no UTF-8 form; the WHATWG parser sees it as U+FFFD.
                int scalar = Character.isBmpCodePoint(c) && Character.isSurrogate((char) c) ? 0xFFFD : c;
                for (byte b : Character.toString(scalar).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX.toHexDigits(b));
                }
            }
        }
        return out.toString();
    }

    private static boolean isEscape(String text, int i) {
        return i + 2 < text.length() && HexFormat.isHexDigit(text.charAt(i + 1)) && HexFormat.isHexDigit(text.charAt(i + 2));
    }

    /** Rebuilds an absolute URI in the WHATWG serialization. */
    private static URI canonical(URI url) throws URISyntaxException {
        String scheme = url.getScheme().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(scheme).append(':');
        if (url.isOpaque()) {
            out.append(url.getRawSchemeSpecificPart());
        } else {
            boolean special = SPECIAL_SCHEMES.containsKey(scheme);
            // java.net.URI reports no authority for both "foo:/x" and "foo:///x"; only the text tells them apart.
            if (special || url.getRawSchemeSpecificPart().startsWith("//")) {
                String authority = url.getRawAuthority() == null ? "" : url.getRawAuthority();
                out.append("//").append(special ? specialAuthority(scheme, authority) : authority);
            }
            out.append(removeDotSegments(url.getRawPath(), special));
            if (url.getRawQuery() != null) {
                out.append('?').append(url.getRawQuery());
            }
        }
        if (url.getRawFragment() != null) {
            out.append('#').append(url.getRawFragment());
        }
        return new URI(out.toString());
    }

    /**
     * Lowercases the host and drops a default port. java.net.URI falls back to a "registry" authority for
     * what it cannot read as host and port (an underscore in a host, a port "demo"), so it is split here.
     */
    private static String specialAuthority(String scheme, String authority) throws URISyntaxException {
        int at = authority.lastIndexOf('@');
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        if (colon < hostPort.lastIndexOf(']')) {
            colon = -1; // the colons of an IPv6 address
        }
        String host = (colon < 0 ? hostPort : hostPort.substring(0, colon)).toLowerCase(Locale.ROOT);
        String port = colon < 0 ? "" : hostPort.substring(colon + 1);
        int portNumber = port.isEmpty() ? -1 : PORT.matcher(port).matches() ? Integer.parseInt(port) : Integer.MAX_VALUE;
        if (portNumber > 65535) {
            throw new URISyntaxException(authority, "invalid port");
        }
        if (scheme.equals("file")) {
            if (colon >= 0 || at >= 0) {
                throw new URISyntaxException(authority, "a file URL host has no port or user");
            }
            return host.equals("localhost") ? "" : host;
        }
        if (host.isEmpty()) {
            throw new URISyntaxException(authority, "empty host");
        }
        boolean defaultPort = portNumber < 0 || portNumber == SPECIAL_SCHEMES.get(scheme);
        return userInfo(authority.substring(0, Math.max(at, 0))) + host + (defaultPort ? "" : ":" + portNumber);
    }

    /** "user:password@", without an empty password, and nothing when both are empty. */
    private static String userInfo(String userInfo) {
        String user = userInfo.replaceFirst(":.*", "");
        String password = userInfo.substring(user.length()).replaceFirst("^:", "");
        return user.isEmpty() && password.isEmpty() ? "" : user + (password.isEmpty() ? "" : ":" + password) + "@";
    }

    /** The WHATWG path state: java.net.URI keeps ".." above the root and does not know "%2e". */
    private static String removeDotSegments(String path, boolean special) {
        if (path.isEmpty()) {
            return special ? "/" : "";
        }
        List<String> segments = new ArrayList<>();
        String[] parts = path.substring(1).split("/", -1);
        for (int i = 0; i < parts.length; i++) {
            String segment = parts[i].toLowerCase(Locale.ROOT);
            boolean last = i == parts.length - 1;
            if (DOUBLE_DOT.contains(segment)) {
                if (!segments.isEmpty()) {
                    segments.removeLast();
                }
                if (last) {
                    segments.add("");
                }
            } else if (SINGLE_DOT.contains(segment)) {
                if (last) {
                    segments.add("");
                }
            } else {
                segments.add(parts[i]);
            }
        }
        return "/" + String.join("/", segments);
    }
}
