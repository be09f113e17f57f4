package org.ionjs.runtime.internal.modules;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cases ported from the logic of the WPT import-maps data-driven tests, plus Ion's messages. */
class ImportMapTest {
    private static final URI BASE = URI.create("https://example.com/app/index.html");
    private static final URI PATH_BASE = URI.create("https://base.example/path1/path2/path3");

    private static ImportMap map(String json) {
        return ImportMap.parse(json, BASE);
    }

    private static String resolve(ImportMap map, String specifier) {
        return resolve(map, specifier, BASE.toString());
    }

    private static String resolve(ImportMap map, String specifier, String referrer) {
        URI url = map.resolve(specifier, URI.create(referrer));
        return url == null ? null : url.toString();
    }

    private static String blocked(ImportMap map, String specifier) {
        return assertThrows(ImportMapException.class, () -> map.resolve(specifier, BASE)).getMessage();
    }

    private static String rejected(String json) {
        return assertThrows(ImportMapException.class, () -> map(json)).getMessage();
    }

    // Parsing: addresses

    @Test
    void bareSpecifierMapsToItsAddress() {
        ImportMap map = map("""
                {"imports": {"moment": "/node_modules/moment/src/moment.js", "lodash": "https://cdn.example/lodash.js"}}""");
        assertEquals("https://example.com/node_modules/moment/src/moment.js", resolve(map, "moment"));
        assertEquals("https://cdn.example/lodash.js", resolve(map, "lodash"));
        assertEquals(List.of(), map.warnings());
    }

    @Test
    void addressesStartingWithDotSlashDotDotSlashOrSlashResolveAgainstTheImportMapUrl() {
        ImportMap map = ImportMap.parse("""
                {"imports": {"dotSlash": "./foo", "dotDotSlash": "../foo", "slash": "/foo",
                             "dotSlashAlone": "./", "dotDotSlashAlone": "../", "slashAlone": "/"}}""", PATH_BASE);
        String referrer = PATH_BASE.toString();
        assertEquals("https://base.example/path1/path2/foo", resolve(map, "dotSlash", referrer));
        assertEquals("https://base.example/path1/foo", resolve(map, "dotDotSlash", referrer));
        assertEquals("https://base.example/foo", resolve(map, "slash", referrer));
        assertEquals("https://base.example/path1/path2/", resolve(map, "dotSlashAlone", referrer));
        assertEquals("https://base.example/path1/", resolve(map, "dotDotSlashAlone", referrer));
        assertEquals("https://base.example/", resolve(map, "slashAlone", referrer));
    }

    @Test
    void bareAndPercentEncodedRelativeAddressesAreIgnoredWithAWarning() {
        ImportMap map = map("""
                {"imports": {"bare": "foo", "percent": "%2E/foo", "backslash": "\\\\foo", "colon": ":foo"}}""");
        assertEquals(4, map.warnings().size());
        assertEquals("Import map entry \"bare\" maps to \"foo\", which is not a URL, so importing it fails;"
                + " use an absolute URL or a path starting with \"/\", \"./\" or \"../\"", map.warnings().get(0));
        for (String specifier : List.of("bare", "percent", "backslash", "colon")) {
            blocked(map, specifier);
        }
    }

    @Test
    void absoluteUrlAddressesAreNormalized() {
        ImportMap map = map("""
                {"imports": {"noPath": "https://example.net", "mixedCase": "HTTPS://Example.COM:443/x/./y/../z",
                             "missingSlashes": "https:example.org", "extraSlashes": "https://///example.com///",
                             "port": "http://example.com:08080/", "query": "https://example.com/a.js?v=1#top",
                             "opaque": "std:blank", "file": "file:/srv/a.js"}}""");
        assertEquals("https://example.net/", resolve(map, "noPath"));
        assertEquals("https://example.com/x/z", resolve(map, "mixedCase"));
        assertEquals("https://example.org/", resolve(map, "missingSlashes"));
        assertEquals("https://example.com///", resolve(map, "extraSlashes"));
        assertEquals("http://example.com:8080/", resolve(map, "port"));
        assertEquals("https://example.com/a.js?v=1#top", resolve(map, "query"));
        assertEquals("std:blank", resolve(map, "opaque"));
        assertEquals("file:///srv/a.js", resolve(map, "file"));
    }

    @Test
    void unparseableAbsoluteUrlAddressesAreIgnoredWithAWarning() {
        ImportMap map = map("""
                {"imports": {"badPort": "https://example.com:demo", "badIpv6": "http://[www.example.com]/",
                             "space": "https://ex ample.org/", "bigPort": "https://example.com:65536/"}}""");
        assertEquals(4, map.warnings().size());
        assertEquals("Import map entry \"badPort\" maps to \"https://example.com:demo\", which is not a URL, so importing it fails;"
                + " use an absolute URL or a path starting with \"/\", \"./\" or \"../\"", map.warnings().get(0));
        blocked(map, "bigPort");
    }

    @Test
    void nonStringAddressesBlockTheirEntryWithAWarning() {
        ImportMap map = map("""
                {"imports": {"null": null, "boolean": true, "number": 1, "object": {}, "array": [],
                             "array2": ["https://example.com/"], "string": "https://example.com/"}}""");
        assertEquals(6, map.warnings().size());
        assertEquals("Import map entry \"null\" maps to null, so importing it fails", map.warnings().get(0));
        assertEquals("Import map entry \"number\" maps to the number 1 instead of a URL string, so importing it fails;"
                + " use a URL string or null", map.warnings().get(2));
        for (String specifier : List.of("null", "boolean", "number", "object", "array", "array2")) {
            blocked(map, specifier);
        }
        assertEquals("https://example.com/", resolve(map, "string"));
    }

    @Test
    void trailingSlashKeyNeedsAnAddressWithATrailingSlash() {
        ImportMap map = map("""
                {"imports": {"lodash/": "https://cdn/lodash"}}""");
        assertEquals(List.of("Import map entry \"lodash/\" maps to \"https://cdn/lodash\" which does not end with \"/\";"
                + " make both end with \"/\""), map.warnings());
        blocked(map, "lodash/fp.js");
    }

    @Test
    void addressesArePercentEncodedAsUtf8() {
        ImportMap map = map("""
                {"imports": {"mapped/non-ascii/": "https://example.com/あいう/", "space": "./my lib/a b.js",
                             "mapped/encoded/": "https://example.com/%E3%81%82%E3%81%84%E3%81%86/"}}""");
        assertEquals("https://example.com/%E3%81%82%E3%81%84%E3%81%86/path", resolve(map, "mapped/non-ascii/path"));
        assertEquals("https://example.com/%E3%81%82%E3%81%84%E3%81%86/path", resolve(map, "mapped/encoded/path"));
        assertEquals("https://example.com/app/my%20lib/a%20b.js", resolve(map, "space"));
    }

    @Test
    void fileUrlsKeepTheirEmptyAuthority() {
        ImportMap map = ImportMap.parse("""
                {"imports": {"util": "./lib/util.js", "lib/": "./lib/", "other": "file://localhost/srv/other.js"},
                 "scopes": {"./vendor/": {"util": "./vendor/util.js"}}}""", URI.create("file:/app/importmap.json"));
        assertEquals("file:///app/lib/util.js", resolve(map, "util", "file:///app/main.js"));
        assertEquals("file:///app/lib/x.js", resolve(map, "lib/x.js", "file:///app/main.js"));
        assertEquals("file:///srv/other.js", resolve(map, "other", "file:///app/main.js"));
        assertEquals("file:///app/vendor/util.js", resolve(map, "util", "file:/app/vendor/a.js"));
    }

    // Parsing: specifier keys

    @Test
    void urlLikeSpecifierKeysAreNormalizedToAbsoluteUrls() {
        ImportMap map = ImportMap.parse("""
                {"imports": {"./foo": "/dotSlash", "../foo": "/dotDotSlash", "/foo": "/slash", "./🐸": "/frog",
                             "HTTPS://BASE.example/path1/path2/bar": "/upperCase"}}""", PATH_BASE);
        String referrer = PATH_BASE.toString();
        assertEquals("https://base.example/dotSlash", resolve(map, "https://base.example/path1/path2/foo", referrer));
        assertEquals("https://base.example/dotDotSlash", resolve(map, "https://base.example/path1/foo", referrer));
        assertEquals("https://base.example/slash", resolve(map, "https://base.example/foo", referrer));
        assertEquals("https://base.example/frog", resolve(map, "https://base.example/path1/path2/%F0%9F%90%B8", referrer));
        assertEquals("https://base.example/upperCase", resolve(map, "./bar", referrer));
    }

    @Test
    void percentEncodedDotSlashKeysStayBareSpecifiers() {
        ImportMap map = map("""
                {"imports": {"%2E/": "/dotSlash1/", "%2E%2E/": "/dotDotSlash1/", ".%2F": "/dotSlash2", "%2F": "/slash2"}}""");
        assertEquals("https://example.com/dotSlash1/x.js", resolve(map, "%2E/x.js"));
        assertEquals("https://example.com/dotDotSlash1/x.js", resolve(map, "%2E%2E/x.js"));
        assertEquals("https://example.com/dotSlash2", resolve(map, ".%2F"));
        assertEquals("https://example.com/slash2", resolve(map, "%2F"));
        assertNull(resolve(map, "./x.js"));
    }

    @Test
    void keysThatAreNotValidUrlsStayBareSpecifiers() {
        ImportMap map = map("""
                {"imports": {"https://example.com:demo": "/unparseable", "http://[www.example.com]/": "/unparseable2/"}}""");
        assertEquals("https://example.com/unparseable", resolve(map, "https://example.com:demo"));
        assertEquals("https://example.com/unparseable2/foo", resolve(map, "http://[www.example.com]/foo"));
    }

    @Test
    void emptySpecifierKeyIsIgnoredWithAWarning() {
        ImportMap map = map("""
                {"imports": {"": "/foo"}}""");
        assertEquals(List.of("Import map entry \"\" is ignored: a specifier cannot be empty"), map.warnings());
        assertNull(resolve(map, ""));
    }

    @Test
    void bareKeysMadeOfDotsAndPercentSignsMatchLiterally() {
        ImportMap map = map("""
                {"imports": {".": "/lib/dot.mjs", "..": "/lib/dotdot.mjs", "..\\\\": "/lib/dotdotbackslash.mjs",
                             "%2E": "/lib/percent2e.mjs", "%2F": "/lib/percent2f.mjs",
                             "package/withslash": "/node_modules/package-with-slash/index.mjs"}}""");
        assertEquals("https://example.com/lib/dot.mjs", resolve(map, "."));
        assertEquals("https://example.com/lib/dotdot.mjs", resolve(map, ".."));
        assertEquals("https://example.com/lib/dotdotbackslash.mjs", resolve(map, "..\\"));
        assertEquals("https://example.com/lib/percent2e.mjs", resolve(map, "%2E"));
        assertEquals("https://example.com/lib/percent2f.mjs", resolve(map, "%2F"));
        assertEquals("https://example.com/node_modules/package-with-slash/index.mjs", resolve(map, "package/withslash"));
    }

    // Parsing: the document

    @Test
    void invalidJsonIsRejectedWithTheParserPosition() {
        assertEquals("Import map https://example.com/app/index.html is not valid JSON: Expected a string in double quotes"
                + " as the object key but found 'i' at line 1, column 3", rejected("{ imports: {} }"));
    }

    @Test
    void topLevelValueThatIsNotAnObjectIsRejected() {
        for (String json : List.of("null", "true", "1", "\"foo\"")) {
            rejected(json);
        }
        assertEquals("Import map https://example.com/app/index.html must be a JSON object such as"
                + " {\"imports\": {\"lodash\": \"./vendor/lodash.js\"}}, but it is an array", rejected("[]"));
    }

    @Test
    void importsOrScopesThatAreNotObjectsAreRejected() {
        assertEquals("The \"imports\" of import map https://example.com/app/index.html must be a JSON object"
                + " mapping specifiers to URLs, but it is null", rejected("{\"imports\": null}"));
        for (String json : List.of("{\"imports\": []}", "{\"imports\": \"foo\"}", "{\"scopes\": 1}", "{\"scopes\": []}")) {
            rejected(json);
        }
    }

    @Test
    void scopeThatIsNotAnObjectIsRejected() {
        assertEquals("Scope \"/js/\" of import map https://example.com/app/index.html must be a JSON object"
                + " mapping specifiers to URLs, but it is the string \"foo\"", rejected("{\"scopes\": {\"/js/\": \"foo\"}}"));
    }

    @Test
    void unknownTopLevelKeysAreIgnoredWithAWarning() {
        ImportMap map = map("""
                {"imports": {}, "new-feature": {}, "integrity": {}}""");
        assertEquals(List.of("Import map key \"new-feature\" is ignored; the known keys are \"imports\", \"scopes\" and \"integrity\""),
                map.warnings());
    }

    @Test
    void unparseableScopeKeysAreIgnoredWithAWarning() {
        ImportMap map = map("""
                {"imports": {"a": "/a-1.mjs"},
                 "scopes": {"https://example.com:demo": {"a": "/a-2.mjs"}, "http://[www.example.com]/": {}}}""");
        assertEquals(2, map.warnings().size());
        assertEquals("Import map scope \"https://example.com:demo\" is ignored: it is not a valid URL;"
                + " use an absolute URL or a path such as \"/js/\"", map.warnings().get(0));
        assertEquals("https://example.com/a-1.mjs", resolve(map, "a", "https://example.com/x.js"));
    }

    @Test
    void relativeScopeKeysResolveAgainstTheImportMapUrl() {
        ImportMap map = map("""
                {"scopes": {"": {"a": "/a-empty-string.mjs"}, "./": {"a": "/a-dot-slash.mjs"}, "../": {"a": "/a-dot-dot-slash.mjs"}}}""");
        assertEquals("https://example.com/a-empty-string.mjs", resolve(map, "a", "https://example.com/app/index.html"));
        assertEquals("https://example.com/a-dot-slash.mjs", resolve(map, "a", "https://example.com/app/foo.mjs"));
        assertEquals("https://example.com/a-dot-dot-slash.mjs", resolve(map, "a", "https://example.com/foo.mjs"));
    }

    @Test
    void dotSlashKeysStayBareWhenTheImportMapUrlIsOpaque() {
        ImportMap map = ImportMap.parse("""
                {"imports": {"./foo": "https://example.com/aaa/bbb/", "bar": "./bar.js"}}""", URI.create("data:text/html,test"));
        assertEquals(1, map.warnings().size());
        assertEquals("https://example.com/aaa/bbb/", resolve(map, "./foo", "data:text/html,test"));
    }

    @Test
    void theEmptyMapResolvesNothing() {
        for (ImportMap map : List.of(ImportMap.empty(), map("{}"))) {
            assertEquals(List.of(), map.warnings());
            assertNull(resolve(map, "foo"));
            assertNull(resolve(map, "./foo.js"));
            assertNull(resolve(map, "https://example.com/foo.js"));
        }
    }

    // Resolving: top-level imports

    @Test
    void trailingSlashPrefixMapsSubpathsUnderTheAddress() {
        ImportMap map = map("""
                {"imports": {"moment/": "/node_modules/moment/src/", "lodash-dot/": "./node_modules/lodash-es/",
                             "lodash-dotdot/": "../node_modules/lodash-es/", "@scope/pkg/": "https://cdn.example/@scope/pkg@1.0.0/"}}""");
        assertEquals("https://example.com/node_modules/moment/src/foo", resolve(map, "moment/foo"));
        assertEquals("https://example.com/app/node_modules/lodash-es/foo", resolve(map, "lodash-dot/foo"));
        assertEquals("https://example.com/node_modules/lodash-es/foo", resolve(map, "lodash-dotdot/foo"));
        assertEquals("https://cdn.example/@scope/pkg@1.0.0/a/b.js?v=2#x", resolve(map, "@scope/pkg/a/b.js?v=2#x"));
    }

    @Test
    void longestTrailingSlashPrefixWins() {
        ImportMap map = map("""
                {"imports": {"a/": "/2/", "a/b/": "/4/"}}""");
        assertEquals("https://example.com/2/x", resolve(map, "a/x"));
        assertEquals("https://example.com/4/c", resolve(map, "a/b/c"));
        assertEquals("https://example.com/2/x/c", resolve(map, "a/x/c"));
    }

    @Test
    void exactKeyBeatsATrailingSlashPrefixOfIt() {
        ImportMap map = map("""
                {"imports": {"a": "/1", "a/": "/2/", "a/b": "/3", "a/b/": "/4/"}}""");
        assertEquals("https://example.com/1", resolve(map, "a"));
        assertEquals("https://example.com/2/", resolve(map, "a/"));
        assertEquals("https://example.com/3", resolve(map, "a/b"));
        assertEquals("https://example.com/4/", resolve(map, "a/b/"));
    }

    @Test
    void keyWithoutATrailingSlashDoesNotMatchSubpaths() {
        ImportMap map = map("""
                {"imports": {"not-a-package": "/lib/not-a-package.mjs"}}""");
        assertEquals("https://example.com/lib/not-a-package.mjs", resolve(map, "not-a-package"));
        assertNull(resolve(map, "not-a-package/foo"));
        assertNull(resolve(map, "not-a-package/"));
    }

    @Test
    void unmappedSpecifiersResolveToNull() {
        ImportMap map = map("""
                {"imports": {"a": "/a.js"}}""");
        assertNull(resolve(map, "b"));
        assertNull(resolve(map, "./a"));
        assertNull(resolve(map, "https://other.example/a"));
    }

    @Test
    void nullEntryBlocksItsSpecifier() {
        ImportMap map = map("""
                {"imports": {"null": null, "prefix/": null, "prefix/allowed/": "/ok/"}}""");
        assertEquals("Cannot resolve \"null\": import map entry \"null\" blocks it because its address is null or invalid"
                + " (see the import map warnings); give the entry a valid URL or remove it", blocked(map, "null"));
        assertTrue(blocked(map, "prefix/foo").contains("import map entry \"prefix/\" blocks it"));
        assertEquals("https://example.com/ok/x", resolve(map, "prefix/allowed/x"));
    }

    @Test
    void backtrackingAboveThePrefixIsRejected() {
        ImportMap map = map("""
                {"imports": {"lodash/": "https://cdn.example/lodash/", "mapped/1/": "https://example.com/1/"}}""");
        assertEquals("Cannot resolve \"lodash/../secret.js\": it backtracks above the import map prefix \"lodash/\""
                + " (to \"https://cdn.example/secret.js\", outside \"https://cdn.example/lodash/\");"
                + " import it through a prefix that contains it, or map it with its own entry", blocked(map, "lodash/../secret.js"));
        blocked(map, "mapped/1/../backtrack");
        blocked(map, "lodash/https://evil.example/x.js");
        blocked(map, "lodash///evil.example/x.js");
    }

    @Test
    void backtrackingThatStaysUnderTheAddressIsAllowed() {
        ImportMap map = map("""
                {"imports": {"mapped/": "https://example.com/", "mapped/1/": "https://example.com/1/"}}""");
        assertEquals("https://example.com/path", resolve(map, "mapped/path"));
        assertEquals("https://example.com/backtrack", resolve(map, "mapped/../backtrack"));
        assertEquals("https://example.com/1/y", resolve(map, "mapped/1/./x/../y"));
        assertEquals("https://example.com/1/y", resolve(map, "mapped/1/https:y"));
    }

    @Test
    void percentEncodedDotsCannotBacktrackEither() {
        ImportMap map = map("""
                {"imports": {"mapped/1/": "https://example.com/1/"}}""");
        blocked(map, "mapped/1/%2E%2E/backtrack");
        blocked(map, "mapped/1/%2e./backtrack");
        assertEquals("https://example.com/1/y", resolve(map, "mapped/1/x/%2e%2E/y"));
    }

    @Test
    void urlLikeSpecifiersAreMatchedByTheirAbsoluteUrl() {
        ImportMap map = map("""
                {"imports": {"/lib/foo.mjs": "./more/bar.mjs", "./dotrelative/foo.mjs": "/lib/dot.mjs",
                             "../dotdotrelative/foo.mjs": "/lib/dotdot.mjs", "/": "/lib/slash-only/",
                             "./": "/lib/dotslash-only/", "/test/": "/lib/url-trailing-slash/"}}""");
        assertEquals("https://example.com/app/more/bar.mjs", resolve(map, "https://example.com/lib/foo.mjs"));
        assertEquals("https://example.com/app/more/bar.mjs", resolve(map, "/lib/foo.mjs"));
        assertEquals("https://example.com/lib/dot.mjs", resolve(map, "./dotrelative/foo.mjs"));
        assertEquals("https://example.com/lib/dotdot.mjs", resolve(map, "../dotdotrelative/foo.mjs"));
        assertEquals("https://example.com/lib/slash-only/", resolve(map, "/"));
        assertEquals("https://example.com/lib/dotslash-only/", resolve(map, "./"));
        assertEquals("https://example.com/lib/url-trailing-slash/foo.mjs", resolve(map, "/test/foo.mjs"));
        assertEquals("https://example.com/lib/slash-only/other.mjs", resolve(map, "https://example.com/other.mjs"));
    }

    @Test
    void laterKeyWinsWhenTwoKeysNameTheSameUrl() {
        ImportMap map = map("""
                {"imports": {"/test": "/lib/test1.mjs", "../test": "/lib/test2.mjs"}}""");
        assertEquals("https://example.com/lib/test2.mjs", resolve(map, "/test"));
    }

    @Test
    void nonSpecialUrlsAreMatchedOnlyExactly() {
        ImportMap map = map("""
                {"imports": {"data:text/": "/lib/test-data/", "about:text/": "/lib/test-about/",
                             "data:text/javascript,console.log('foo')": "/lib/foo.mjs"}}""");
        assertNull(resolve(map, "data:text/javascript,console.log('bar')"));
        assertNull(resolve(map, "about:text/foo"));
        assertEquals("https://example.com/lib/foo.mjs", resolve(map, "data:text/javascript,console.log('foo')"));
    }

    @Test
    void backslashesAreSlashesInSpecialUrls() {
        ImportMap map = map("""
                {"imports": {"/lib/a.js": "/lib/b.js"}}""");
        assertEquals("https://example.com/lib/b.js", resolve(map, "/lib\\a.js"));
        assertEquals("https://example.com/lib/b.js", resolve(map, "https:\\\\example.com\\lib\\a.js"));
    }

    // Resolving: scopes

    private static final String NESTED_SCOPES = """
            {"imports": {"a": "/a-1.mjs", "b": "/b-1.mjs", "c": "/c-1.mjs", "d": "/d-1.mjs"},
             "scopes": {"/scope2/": {"a": "/a-2.mjs", "d": "/d-2.mjs"},
                        "/scope2/scope3/": {"b": "/b-3.mjs", "d": "/d-3.mjs"}}}""";

    @Test
    void scopedEntryBeatsTopLevelEntryForReferrersInsideTheScope() {
        ImportMap map = map(NESTED_SCOPES);
        assertEquals("https://example.com/a-2.mjs", resolve(map, "a", "https://example.com/scope2/foo.mjs"));
        assertEquals("https://example.com/d-2.mjs", resolve(map, "d", "https://example.com/scope2/foo.mjs"));
        assertEquals("https://example.com/a-1.mjs", resolve(map, "a", "https://example.com/js/foo.mjs"));
    }

    @Test
    void specifierMissingFromTheScopeFallsBackToTopLevel() {
        ImportMap map = map(NESTED_SCOPES);
        assertEquals("https://example.com/b-1.mjs", resolve(map, "b", "https://example.com/scope2/foo.mjs"));
        assertEquals("https://example.com/c-1.mjs", resolve(map, "c", "https://example.com/scope2/foo.mjs"));
    }

    @Test
    void innermostScopeWinsAndOuterScopesStillApply() {
        ImportMap map = map(NESTED_SCOPES);
        String referrer = "https://example.com/scope2/scope3/foo.mjs";
        assertEquals("https://example.com/a-2.mjs", resolve(map, "a", referrer));
        assertEquals("https://example.com/b-3.mjs", resolve(map, "b", referrer));
        assertEquals("https://example.com/c-1.mjs", resolve(map, "c", referrer));
        assertEquals("https://example.com/d-3.mjs", resolve(map, "d", referrer));
    }

    @Test
    void scopeWithoutTrailingSlashMatchesOnlyThatExactReferrer() {
        ImportMap map = map("""
                {"scopes": {"https://example.com/x/y/": {"foo": "/abc"}, "https://example.com/x/y/z": {"foo": "/def"}}}""");
        assertEquals("https://example.com/abc", resolve(map, "foo", "https://example.com/x/y/"));
        assertEquals("https://example.com/def", resolve(map, "foo", "https://example.com/x/y/z"));
        assertEquals("https://example.com/abc", resolve(map, "foo", "https://example.com/x/y/zz"));
        assertEquals("https://example.com/abc", resolve(map, "foo", "https://example.com/x/y/z/"));
        assertEquals("https://example.com/abc", resolve(map, "foo", "https://example.com/x/y/z/w"));
    }

    @Test
    void scopeAddressesResolveAgainstTheImportMapUrlNotTheScope() {
        ImportMap map = map("""
                {"scopes": {"/js/": {"lodash": "./vendor/lodash.js"}}}""");
        assertEquals("https://example.com/app/vendor/lodash.js", resolve(map, "lodash", "https://example.com/js/main.js"));
    }

    @Test
    void scopesRemapUrlLikeSpecifiersRelativeToTheReferrer() {
        ImportMap map = map("""
                {"scopes": {"/js/": {"/lib/util.js": "/lib/util-patched.js"}}}""");
        assertEquals("https://example.com/lib/util-patched.js", resolve(map, "../lib/util.js", "https://example.com/js/main.js"));
        assertNull(resolve(map, "../lib/util.js", "https://example.com/app/main.js"));
    }

    @Test
    void blockedScopedEntryDoesNotFallBackToTopLevel() {
        ImportMap map = map("""
                {"imports": {"a": "/a.js"}, "scopes": {"/sandbox/": {"a": null}}}""");
        assertThrows(ImportMapException.class, () -> map.resolve("a", URI.create("https://example.com/sandbox/x.js")));
        assertEquals("https://example.com/a.js", resolve(map, "a"));
    }

    @Test
    void relativeReferrerIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> ImportMap.empty().resolve("a", URI.create("main.js")));
        assertThrows(IllegalArgumentException.class, () -> ImportMap.parse("{}", URI.create("importmap.json")));
    }
}
