package org.ionjs.runtime.internal.modules;

import org.ionjs.runtime.internal.modules.LocalHttpServer.Response;
import org.ionjs.runtime.internal.modules.RemoteModules.Fetched;
import org.ionjs.runtime.internal.modules.RemoteModules.FetchPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Timeout(value = 20, unit = TimeUnit.SECONDS)
class RemoteModulesTest {
    private static final String MODULE = "export const answer = 42;\n";

    @TempDir
    Path cacheRoot;

    private LocalHttpServer server;
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final CountDownLatch releaseSlow = new CountDownLatch(1);
    private volatile String changingBody = "export const version = 1;\n";

    @BeforeEach
    void startServer() throws IOException {
        server = new LocalHttpServer(this::serve);
    }

    @AfterEach
    void stopServer() throws IOException {
        releaseSlow.countDown();
        server.close();
    }

    private Response serve(String path) {
        hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        return switch (path) {
            case "/mod.ts" -> Response.of(200, "application/typescript; charset=utf-8", MODULE);
            case "/changing.ts" -> Response.of(200, "application/javascript", changingBody);
            case "/moved.ts" -> Response.redirect(302, "/moved-again.ts");
            case "/moved-again.ts" -> Response.redirect(301, url("/final.ts").toString());
            case "/final.ts" -> Response.of(200, "text/javascript", "export default 'final';\n");
            case "/loop" -> Response.redirect(302, "/loop");
            case "/to-ftp" -> Response.redirect(307, "ftp://127.0.0.1/mod.ts");
            case "/gone" -> Response.redirect(302, "/nope.ts");
            case "/broken" -> Response.of(500, "text/plain", "oops");
            case "/slow.ts" -> {
                try {
                    releaseSlow.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                yield Response.of(200, "application/javascript", MODULE);
            }
            default -> Response.of(404, "text/plain", "not found");
        };
    }

    private URI url(String path) {
        return server.url(path);
    }

    private int hits(String path) {
        AtomicInteger count = hits.get(path);
        return count == null ? 0 : count.get();
    }

    private RemoteModules remote(FetchPolicy policy) {
        return remote(policy, null);
    }

    private RemoteModules remote(FetchPolicy policy, LockFile lock) {
        return new RemoteModules(cacheRoot, policy, lock, null);
    }

    private static String text(Fetched fetched) {
        return new String(fetched.body(), StandardCharsets.UTF_8);
    }

    private List<Path> cachedBodies() throws IOException {
        try (Stream<Path> files = Files.list(cacheRoot.resolve("remote"))) {
            return files.filter(f -> !f.getFileName().toString().endsWith(".meta")).toList();
        }
    }

    @Test
    void aModuleIsDownloadedWithItsBodyAndContentType() {
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE)) {
            Fetched fetched = remote.fetch(url("/mod.ts"));
            assertEquals(MODULE, text(fetched));
            assertEquals("application/typescript; charset=utf-8", fetched.contentType());
            assertEquals(url("/mod.ts"), fetched.requestedUrl());
            assertEquals(url("/mod.ts"), fetched.finalUrl());
        }
    }

    @Test
    void aCachedModuleIsNotDownloadedAgainEvenByAnotherInstance() {
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE)) {
            remote.fetch(url("/mod.ts"));
            assertEquals(MODULE, text(remote.fetch(url("/mod.ts"))));
        }
        try (RemoteModules later = remote(FetchPolicy.USE_CACHE)) {
            Fetched fetched = later.fetch(url("/mod.ts"));
            assertEquals(MODULE, text(fetched));
            assertEquals("application/typescript; charset=utf-8", fetched.contentType());
        }
        assertEquals(1, hits("/mod.ts"));
    }

    @Test
    void redirectsAreFollowedAndTheFinalUrlIsTheModulesIdentity() {
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE)) {
            Fetched fetched = remote.fetch(url("/moved.ts"));
            assertEquals(url("/moved.ts"), fetched.requestedUrl());
            assertEquals(url("/final.ts"), fetched.finalUrl());
            assertEquals("export default 'final';\n", text(fetched));
            assertEquals("text/javascript", fetched.contentType());

            assertEquals(url("/final.ts"), remote.fetch(url("/moved.ts")).finalUrl());
        }
        assertEquals(List.of(1, 1, 1), List.of(hits("/moved.ts"), hits("/moved-again.ts"), hits("/final.ts")));
    }

    @Test
    void aCachedRedirectChainResolvesWithoutAServer() throws IOException {
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE)) {
            remote.fetch(url("/moved.ts"));
        }
        URI requested = url("/moved.ts");
        URI expectedFinal = url("/final.ts");
        server.close();
        try (RemoteModules offline = remote(FetchPolicy.CACHED_ONLY)) {
            Fetched fetched = offline.fetch(requested);
            assertEquals(expectedFinal, fetched.finalUrl());
            assertEquals("export default 'final';\n", text(fetched));
        }
    }

    @Test
    void reloadDownloadsAgainButOnlyOncePerInstance() {
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE)) {
            remote.fetch(url("/moved.ts"));
        }
        changingBody = "new";
        try (RemoteModules reload = remote(FetchPolicy.RELOAD)) {
            reload.fetch(url("/moved.ts"));
            reload.fetch(url("/moved.ts"));
        }
        assertEquals(List.of(2, 2, 2), List.of(hits("/moved.ts"), hits("/moved-again.ts"), hits("/final.ts")));
    }

    @Test
    void reloadReplacesTheCachedBody() {
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE)) {
            remote.fetch(url("/changing.ts"));
        }
        changingBody = "export const version = 2;\n";
        try (RemoteModules reload = remote(FetchPolicy.RELOAD)) {
            assertEquals(changingBody, text(reload.fetch(url("/changing.ts"))));
        }
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE)) {
            assertEquals(changingBody, text(remote.fetch(url("/changing.ts"))));
        }
        assertEquals(2, hits("/changing.ts"));
    }

    @Test
    void cachedOnlyRefusesToDownloadWhatIsNotCached() {
        URI url = url("/mod.ts");
        try (RemoteModules remote = remote(FetchPolicy.CACHED_ONLY)) {
            RemoteModuleException error = assertThrows(RemoteModuleException.class, () -> remote.fetch(url));
            assertEquals("Module \"" + url + "\" is not in the cache and --cached-only (or --frozen) forbids fetching; "
                    + "run ion cache " + url + " first", error.getMessage());
        }
        assertEquals(0, hits("/mod.ts"));
    }

    @Test
    void cachedOnlyServesACachedModuleWithNoServer() throws IOException {
        URI url = url("/mod.ts");
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE)) {
            remote.fetch(url);
        }
        server.close();
        try (RemoteModules offline = remote(FetchPolicy.CACHED_ONLY)) {
            assertEquals(MODULE, text(offline.fetch(url)));
        }
    }

    @Test
    void aDamagedCacheBodyIsAMissAndIsDownloadedAgain() throws IOException {
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE)) {
            remote.fetch(url("/mod.ts"));
            Path body = cachedBodies().getFirst();
            Files.writeString(body, "export const answer = 666;\n");
            assertEquals(MODULE, text(remote.fetch(url("/mod.ts"))));
        }
        assertEquals(2, hits("/mod.ts"));
    }

    @Test
    void unreadableCacheMetadataIsAMissAndIsDownloadedAgain() throws IOException {
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE)) {
            remote.fetch(url("/mod.ts"));
            Path meta = cachedBodies().getFirst().resolveSibling(cachedBodies().getFirst().getFileName() + ".meta");
            Files.writeString(meta, "url=\\uZZZZ\n");
            assertEquals(MODULE, text(remote.fetch(url("/mod.ts"))));
            Files.delete(meta);
            assertEquals(MODULE, text(remote.fetch(url("/mod.ts"))));
        }
        assertEquals(3, hits("/mod.ts"));
    }

    @Test
    void fragmentsAreNotPartOfAModulesIdentity() {
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE)) {
            Fetched first = remote.fetch(URI.create(url("/mod.ts") + "#a"));
            Fetched second = remote.fetch(URI.create(url("/mod.ts") + "#b"));
            assertEquals(url("/mod.ts"), first.finalUrl());
            assertEquals(url("/mod.ts"), second.requestedUrl());
        }
        assertEquals(1, hits("/mod.ts"));
    }

    @Test
    void aMissingModuleNamesTheStatus() {
        URI url = url("/nope.ts");
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE)) {
            RemoteModuleException error = assertThrows(RemoteModuleException.class, () -> remote.fetch(url));
            assertEquals("Module not found \"" + url + "\": the server answered 404 Not Found; check the URL",
                    error.getMessage());
        }
    }

    @Test
    void aServerErrorSuggestsTryingAgainOrTheCache() {
        URI url = url("/broken");
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE)) {
            RemoteModuleException error = assertThrows(RemoteModuleException.class, () -> remote.fetch(url));
            assertEquals("Cannot fetch \"" + url + "\": the server answered 500 Internal Server Error; "
                    + "try again later, or run with --cached-only to use what is cached", error.getMessage());
        }
    }

    @Test
    void aFailureAfterARedirectNamesBothUrls() {
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE)) {
            RemoteModuleException error = assertThrows(RemoteModuleException.class, () -> remote.fetch(url("/gone")));
            assertTrue(error.getMessage().startsWith("Module not found \"" + url("/nope.ts")
                    + "\" (redirected from \"" + url("/gone") + "\")"), error.getMessage());
        }
    }

    @Test
    void aServerThatDoesNotAnswerTimesOut() {
        URI url = url("/slow.ts");
        try (RemoteModules remote = new RemoteModules(cacheRoot, FetchPolicy.USE_CACHE, null, null,
                Duration.ofSeconds(2), Duration.ofMillis(300))) {
            long start = System.nanoTime();
            RemoteModuleException error = assertThrows(RemoteModuleException.class, () -> remote.fetch(url));
            assertEquals("Cannot fetch \"" + url + "\": no answer within 300 ms; check the network, "
                    + "or run with --cached-only to use what is cached", error.getMessage());
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5));
        }
    }

    @Test
    void aRefusedConnectionSuggestsCheckingTheNetworkOrUsingTheCache() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        URI url = URI.create("http://127.0.0.1:" + closedPort + "/mod.ts");
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE)) {
            RemoteModuleException error = assertThrows(RemoteModuleException.class, () -> remote.fetch(url));
            assertEquals("Cannot fetch \"" + url + "\": connection refused; check the network, "
                    + "or run with --cached-only to use what is cached", error.getMessage());
        }
    }

    @Test
    void redirectLoopsStopAfterTenRedirects() {
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE)) {
            RemoteModuleException error = assertThrows(RemoteModuleException.class, () -> remote.fetch(url("/loop")));
            assertTrue(error.getMessage().startsWith("Cannot fetch \"" + url("/loop") + "\": it redirects more than 10 times"),
                    error.getMessage());
        }
        // The first hop is downloaded, and the cache answers the rest of the loop.
        assertEquals(1, hits("/loop"));
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE)) {
            RemoteModuleException ftp = assertThrows(RemoteModuleException.class,
                    () -> remote.fetch(URI.create("ftp://127.0.0.1/mod.ts")));
            assertEquals("Unsupported module URL \"ftp://127.0.0.1/mod.ts\": remote modules must be http: or https: URLs",
                    ftp.getMessage());
            assertThrows(RemoteModuleException.class, () -> remote.fetch(URI.create("file:///tmp/mod.ts")));
            assertThrows(RemoteModuleException.class, () -> remote.fetch(URI.create("./mod.ts")));

            RemoteModuleException redirected = assertThrows(RemoteModuleException.class, () -> remote.fetch(url("/to-ftp")));
            assertEquals("Unsupported module URL \"ftp://127.0.0.1/mod.ts\" (a redirect from \"" + url("/to-ftp")
                    + "\"): remote modules must be http: or https: URLs", redirected.getMessage());
        }
    }

    @Test
    void downloadedModulesAreRecordedInTheLockFileUnderTheirFinalUrl() throws IOException {
        Path lockPath = cacheRoot.resolve("ion.lock");
        LockFile lock = LockFile.load(lockPath);
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE, lock)) {
            remote.fetch(url("/moved.ts"));
        }
        lock.save();
        String saved = Files.readString(lockPath);
        assertTrue(saved.contains("\"" + url("/final.ts") + "\": \""
                + Sha256.hex("export default 'final';\n".getBytes(StandardCharsets.UTF_8)) + "\""), saved);
        assertTrue(!saved.contains("moved"), saved);
    }

    @Test
    void aModuleThatChangedOnTheServerFailsTheLockAndStaysOutOfTheCache() {
        Path lockPath = cacheRoot.resolve("ion.lock");
        String original = changingBody;
        LockFile lock = LockFile.load(lockPath);
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE, lock)) {
            remote.fetch(url("/changing.ts"));
        }
        lock.save();

        changingBody = "export const version = 'evil';\n";
        try (RemoteModules reload = remote(FetchPolicy.RELOAD, LockFile.load(lockPath))) {
            LockFileMismatchException error = assertThrows(LockFileMismatchException.class,
                    () -> reload.fetch(url("/changing.ts")));
            assertTrue(error.getMessage().startsWith("Integrity check failed for \"" + url("/changing.ts") + "\""),
                    error.getMessage());
        }
        try (RemoteModules remote = remote(FetchPolicy.CACHED_ONLY, LockFile.load(lockPath))) {
            assertEquals(original, text(remote.fetch(url("/changing.ts"))));
        }
    }

    @Test
    void theLockIsCheckedOnCacheReadsToo() throws IOException {
        URI url = url("/mod.ts");
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE)) {
            remote.fetch(url);
        }
        Path lockPath = cacheRoot.resolve("ion.lock");
        Files.writeString(lockPath, "{\"version\": \"1\", \"remote\": {\"" + url + "\": \"" + "0".repeat(64) + "\"}}");
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE, LockFile.load(lockPath))) {
            assertThrows(LockFileMismatchException.class, () -> remote.fetch(url));
        }
        assertEquals(1, hits("/mod.ts"));
    }

    @Test
    void aFrozenLockRefusesModulesItDoesNotList() {
        URI url = url("/mod.ts");
        LockFile frozen = LockFile.load(cacheRoot.resolve("ion.lock"), true);
        try (RemoteModules remote = remote(FetchPolicy.USE_CACHE, frozen)) {
            LockFileMismatchException error = assertThrows(LockFileMismatchException.class, () -> remote.fetch(url));
            assertEquals("Module \"" + url + "\" is not in ion.lock, and --frozen forbids adding it; "
                    + "run once without --frozen to record it", error.getMessage());
        }
    }

    @Test
    void progressIsReportedForEachDownloadAndNotForCacheHits() {
        List<String> events = new ArrayList<>();
        ProgressListener recorder = new ProgressListener() {
            @Override
            public synchronized void started(URI url) {
                events.add("started " + url.getPath());
            }

            @Override
            public synchronized void finished(URI url) {
                events.add("finished " + url.getPath());
            }
        };
        try (RemoteModules remote = new RemoteModules(cacheRoot, FetchPolicy.USE_CACHE, null, recorder)) {
            remote.fetch(url("/moved.ts"));
            remote.fetch(url("/moved.ts"));
            assertThrows(RemoteModuleException.class, () -> remote.fetch(url("/nope.ts")));
        }
        assertEquals(List.of("started /moved.ts", "finished /moved.ts", "started /moved-again.ts",
                "finished /moved-again.ts", "started /final.ts", "finished /final.ts",
                "started /nope.ts", "finished /nope.ts"), events);
    }
}
