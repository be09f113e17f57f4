package org.ionjs.runtime.internal.modules;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * An import map, parsed and applied as the HTML standard's import maps section specifies
 * (https://html.spec.whatwg.org/multipage/webappapis.html#import-maps), without merging and integrity.
 * URLs are compared in their WHATWG serialization as the spec does; {@link WhatwgUrl} says where that
 * serialization is approximated.
 */
public final class ImportMap {
    private static final Set<String> TOP_LEVEL_KEYS = Set.of("imports", "scopes", "integrity");
    private static final ImportMap EMPTY = new ImportMap(Map.of(), Map.of(), List.of());

    /**
     * Specifier maps and scopes are sorted in descending code-unit order, so a key comes before every key
     * that is a prefix of it and the first match is the most specific. A null address blocks its key.
     */
    private final Map<String, URI> imports;
    private final Map<String, Map<String, URI>> scopes;
    private final List<String> warnings;

    private ImportMap(Map<String, URI> imports, Map<String, Map<String, URI>> scopes, List<String> warnings) {
        this.imports = imports;
        this.scopes = scopes;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Parses an import map (JSON text with "imports" and "scopes"), resolving addresses against baseUrl (the
     * URL of the import map file). Invalid entries are ignored with a warning, as the spec says; see
     * {@link #warnings()}.
     *
     * @throws ImportMapException for invalid JSON, or when the map, its "imports", its "scopes" or a scope
     *     is not a JSON object
     */
    public static ImportMap parse(String json, URI baseUrl) {
        URI base = absolute(baseUrl, "import map URL");
        Object parsed;
        try {
            parsed = Json.parse(json);
        } catch (Json.SyntaxException e) {
            throw new ImportMapException("Import map " + base + " is not valid JSON: " + e.getMessage());
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new ImportMapException("Import map " + base + " must be a JSON object such as"
                    + " {\"imports\": {\"lodash\": \"./vendor/lodash.js\"}}, but it is " + describe(parsed));
        }
        List<String> warnings = new ArrayList<>();
        Map<String, URI> imports = Map.of();
        if (map.containsKey("imports")) {
            imports = specifierMap(object(map.get("imports"), "The \"imports\" of import map " + base,
                    "mapping specifiers to URLs"), base, warnings);
        }
        Map<String, Map<String, URI>> scopes = Map.of();
        if (map.containsKey("scopes")) {
            scopes = scopes(object(map.get("scopes"), "The \"scopes\" of import map " + base,
                    "mapping URL prefixes to objects like \"imports\""), base, warnings);
        }
        for (Object key : map.keySet()) {
            if (!TOP_LEVEL_KEYS.contains(key)) {
                warnings.add("Import map key " + quote(key) + " is ignored; the known keys are \"imports\", \"scopes\" and \"integrity\"");
            }
        }
        return new ImportMap(imports, scopes, warnings);
    }

    public static ImportMap empty() {
        return EMPTY;
    }

    /** What {@link #parse} ignored, one user-facing sentence each. */
    public List<String> warnings() {
        return warnings;
    }

    /**
     * The spec's "resolve a module specifier" restricted to the import map part: the mapped URL, or null
     * when the map has no matching entry (then the caller resolves the specifier as a URL or relative path
     * itself). A URL-like specifier (an absolute URL, or starting with "/", "./" or "../") is matched as
     * the absolute URL it names relative to the referrer. Scopes whose prefix matches the referrer are
     * tried first, most specific first, then the top-level imports.
     *
     * @throws ImportMapException when the matching entry blocks the specifier: its address is null or
     *     invalid, or the specifier backtracks above the trailing-slash prefix that matched it
     */
    public URI resolve(String specifier, URI referrer) {
        URI base = absolute(referrer, "referrer");
        String referrerUrl = base.toString();
        URI asUrl = urlLike(specifier, base);
        String normalized = asUrl != null ? asUrl.toString() : specifier;
        for (Map.Entry<String, Map<String, URI>> scope : scopes.entrySet()) {
            String prefix = scope.getKey();
            if (prefix.equals(referrerUrl) || prefix.endsWith("/") && referrerUrl.startsWith(prefix)) {
                URI match = match(specifier, normalized, asUrl, scope.getValue());
                if (match != null) {
                    return match;
                }
            }
        }
        return match(specifier, normalized, asUrl, imports);
    }

    /** "Resolve an imports match": an exact key, or a key ending in "/" that the specifier starts with. */
    private static URI match(String specifier, String normalized, URI asUrl, Map<String, URI> specifierMap) {
        // Non-special URLs such as data: have no path structure to map a prefix of.
        boolean prefixable = asUrl == null || WhatwgUrl.isSpecial(asUrl);
        for (Map.Entry<String, URI> entry : specifierMap.entrySet()) {
            String key = entry.getKey();
            if (key.equals(normalized)) {
                return unblocked(specifier, key, entry.getValue());
            }
            if (key.endsWith("/") && normalized.startsWith(key) && prefixable) {
                URI address = unblocked(specifier, key, entry.getValue());
                return underPrefix(specifier, key, address, normalized.substring(key.length()));
            }
        }
        return null;
    }

    private static URI unblocked(String specifier, String key, URI address) {
        if (address == null) {
            throw new ImportMapException("Cannot resolve " + quote(specifier) + ": import map entry " + quote(key)
                    + " blocks it because its address is null or invalid (see the import map warnings);"
                    + " give the entry a valid URL or remove it");
        }
        return address;
    }

    /**
     * The rest of the specifier after a trailing-slash prefix, resolved against the prefix's address. It
     * must stay inside that address: "lodash/../secret.js" must not reach what the map does not expose.
     */
    private static URI underPrefix(String specifier, String key, URI address, String afterPrefix) {
        URI url = WhatwgUrl.parse(afterPrefix, address);
        if (url == null) {
            throw new ImportMapException("Cannot resolve " + quote(specifier) + ": the part after the import map prefix "
                    + quote(key) + ", " + quote(afterPrefix) + ", is not a valid URL relative to " + quote(address.toString())
                    + "; correct the specifier");
        }
        if (!url.toString().startsWith(address.toString())) {
            throw new ImportMapException("Cannot resolve " + quote(specifier) + ": it backtracks above the import map prefix "
                    + quote(key) + " (to " + quote(url.toString()) + ", outside " + quote(address.toString())
                    + "); import it through a prefix that contains it, or map it with its own entry");
        }
        return url;
    }

    /** "Sort and normalize a specifier map". */
    private static Map<String, URI> specifierMap(Map<?, ?> original, URI base, List<String> warnings) {
        Map<String, URI> normalized = new TreeMap<>(Comparator.reverseOrder());
        for (Map.Entry<?, ?> entry : original.entrySet()) {
            String key = (String) entry.getKey();
            if (key.isEmpty()) {
                warnings.add("Import map entry \"\" is ignored: a specifier cannot be empty");
                continue;
            }
            URI keyUrl = urlLike(key, base);
            // Keys that name the same URL ("./a.js" and "/app/a.js") are one entry: the last one wins.
            normalized.put(keyUrl != null ? keyUrl.toString() : key, address(key, entry.getValue(), base, warnings));
        }
        return Collections.unmodifiableMap(normalized);
    }

    /** The address of an entry, or null (with a warning) so that the entry blocks its specifiers. */
    private static URI address(String key, Object value, URI base, List<String> warnings) {
        if (value == null) {
            warnings.add("Import map entry " + quote(key) + " maps to null, so importing it fails");
            return null;
        }
        if (!(value instanceof String text)) {
            warnings.add("Import map entry " + quote(key) + " maps to " + describe(value) + " instead of a URL string,"
                    + " so importing it fails; use a URL string or null");
            return null;
        }
        URI url = urlLike(text, base);
        if (url == null) {
            warnings.add("Import map entry " + quote(key) + " maps to " + quote(text) + ", which is not a URL, so importing it fails;"
                    + " use an absolute URL or a path starting with \"/\", \"./\" or \"../\"");
            return null;
        }
        if (key.endsWith("/") && !url.toString().endsWith("/")) {
            warnings.add("Import map entry " + quote(key) + " maps to " + quote(text) + " which does not end with \"/\";"
                    + " make both end with \"/\"");
            return null;
        }
        return url;
    }

    /** "Sort and normalize scopes": scope prefixes are URLs relative to the import map, addresses too. */
    private static Map<String, Map<String, URI>> scopes(Map<?, ?> original, URI base, List<String> warnings) {
        Map<String, Map<String, URI>> normalized = new TreeMap<>(Comparator.reverseOrder());
        for (Map.Entry<?, ?> entry : original.entrySet()) {
            String prefix = (String) entry.getKey();
            Map<?, ?> scope = object(entry.getValue(), "Scope " + quote(prefix) + " of import map " + base,
                    "mapping specifiers to URLs");
            URI prefixUrl = WhatwgUrl.parse(prefix, base);
            if (prefixUrl == null) {
                warnings.add("Import map scope " + quote(prefix) + " is ignored: it is not a valid URL;"
                        + " use an absolute URL or a path such as \"/js/\"");
                continue;
            }
            normalized.put(prefixUrl.toString(), specifierMap(scope, base, warnings));
        }
        return Collections.unmodifiableMap(normalized);
    }

    /** "Resolve a URL-like module specifier": null for a bare specifier. */
    private static URI urlLike(String specifier, URI base) {
        boolean relative = specifier.startsWith("/") || specifier.startsWith("./") || specifier.startsWith("../");
        return WhatwgUrl.parse(specifier, relative ? base : null);
    }

    private static Map<?, ?> object(Object value, String what, String purpose) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new ImportMapException(what + " must be a JSON object " + purpose + ", but it is " + describe(value));
    }

    private static URI absolute(URI url, String what) {
        URI parsed = WhatwgUrl.parse(Objects.requireNonNull(url, what).toString(), null);
        if (parsed == null) {
            throw new IllegalArgumentException("The " + what + " " + quote(url.toString()) + " is not an absolute URL");
        }
        return parsed;
    }

    private static String describe(Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> "the string " + quote(s);
            case Boolean b -> b.toString();
            case Double d -> "the number " + Json.stringify(d);
            case List<?> list -> "an array";
            default -> "an object";
        };
    }

    private static String quote(Object text) {
        return Json.stringify(text);
    }
}
