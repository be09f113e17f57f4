package org.ionjs.runtime.internal.modules;

import org.ionjs.runtime.internal.modules.RemoteCache.Body;
import org.ionjs.runtime.internal.modules.RemoteCache.Entry;
import org.ionjs.runtime.internal.modules.RemoteCache.Redirect;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Fetches {@code http:} and {@code https:} modules through a disk cache, as Deno does: a URL is
 * downloaded once and then read from the cache until {@code --reload}, redirects are followed and the
 * module's identity is the URL they end at, and every body, downloaded or cached, is checked against the
 * lockfile when there is one. Safe to use from several threads.
 */
public final class RemoteModules implements AutoCloseable {
    /** Where a module may come from. */
    public enum FetchPolicy {
        /** From the cache, downloading only what it lacks. */
        USE_CACHE,
        /** Download every URL again, once per {@code RemoteModules} ({@code --reload}). */
        RELOAD,
        /** Only from the cache; a miss is an error ({@code --cached-only}). */
        CACHED_ONLY
    }

    /**
     * A module: {@code finalUrl} is where redirects from {@code requestedUrl} ended, and what relative
     * imports in it resolve against. Both are without fragment. {@code contentType} is null when the
     * server sent none.
     */
    public record Fetched(URI requestedUrl, URI finalUrl, String contentType, byte[] body) {
    }

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(60);
    /** Deno's limit too. */
    static final int MAX_REDIRECTS = 10;
    /** Scripts first; anything else is still taken (servers often label modules text/plain). */
    private static final String ACCEPT = "application/javascript, text/javascript, application/typescript, "
            + "text/typescript, application/json;q=0.9, */*;q=0.1";
    private static final String USER_AGENT = "Ion";
    private static final String OFFLINE_FIX = "; check the network, or run with --cached-only to use what is cached";

    private final RemoteCache cache;
    private final FetchPolicy policy;
    private final LockFile lockFile;
    private final ProgressListener progress;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    /** URLs this instance downloaded and cached, which {@link FetchPolicy#RELOAD} then reads from the cache. */
    private final Set<URI> downloaded = ConcurrentHashMap.newKeySet();
    private HttpClient client;

    /**
     * @param cacheRoot Ion's cache directory; modules go in its {@code remote/}
     * @param lockFile  checked against every module, or null for none
     * @param progress  told about downloads, or null
     */
    public RemoteModules(Path cacheRoot, FetchPolicy policy, LockFile lockFile, ProgressListener progress) {
        this(cacheRoot, policy, lockFile, progress, DEFAULT_CONNECT_TIMEOUT, DEFAULT_REQUEST_TIMEOUT);
    }

    /** As the shorter constructor; {@code requestTimeout} bounds each request, body included. */
    public RemoteModules(Path cacheRoot, FetchPolicy policy, LockFile lockFile, ProgressListener progress,
                         Duration connectTimeout, Duration requestTimeout) {
        this.cache = new RemoteCache(cacheRoot);
        this.policy = policy;
        this.lockFile = lockFile;
        this.progress = progress == null ? ProgressListener.SILENT : progress;
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
    }

    /**
     * The module at {@code url}, following redirects. Blocking; call it off the event loop.
     *
     * @throws RemoteModuleException     when it cannot be had; the message tells the user what to do
     * @throws LockFileMismatchException when it differs from what the lockfile recorded
     */
    public Fetched fetch(URI url) {
        URI requested = identity(url, url);
        URI current = requested;
        for (int redirects = 0; ; redirects++) {
            Entry cached = policy == FetchPolicy.RELOAD && !downloaded.contains(current) ? null : cache.get(current);
            if (cached == null && policy == FetchPolicy.CACHED_ONLY) {
                throw new RemoteModuleException("Module " + quote(requested, current) + " is not in the cache "
                        + "and --cached-only (or --frozen) forbids fetching; run ion cache " + requested + " first");
            }
            Entry entry = cached != null ? cached : download(requested, current);
            // Checked before the body is cached, so a module that fails the check never enters the cache.
            if (entry instanceof Body body && lockFile != null) {
                lockFile.check(current, body.bytes());
                // Saved at once (it writes only when something changed): a run that ends abruptly keeps it.
                lockFile.save();
            }
            if (cached == null) {
                store(current, entry);
                downloaded.add(current);
            }
            switch (entry) {
                case Body body -> {
                    return new Fetched(requested, current, body.contentType(), body.bytes());
                }
                case Redirect redirect -> {
                    if (redirects == MAX_REDIRECTS) {
                        throw new RemoteModuleException("Cannot fetch \"" + requested + "\": it redirects more than "
                                + MAX_REDIRECTS + " times (the last to \"" + redirect.location()
                                + "\"); the redirects probably loop, which only the server's owner can fix");
                    }
                    current = identity(redirect.location(), requested);
                }
            }
        }
    }

    /** Stops the HTTP client's threads; fetches after this fail. */
    @Override
    public synchronized void close() {
        if (client != null) {
            client.close();
        }
    }

    /**
     * The URL as the cache and lockfile key it: an absolute {@code http:}/{@code https:} URL with dot
     * segments resolved and no fragment, which is never sent to the server.
     */
    private static URI identity(URI url, URI requested) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            String where = url.equals(requested) ? "" : " (a redirect from \"" + requested + "\")";
            throw new RemoteModuleException("Unsupported module URL \"" + url + "\"" + where
                    + ": remote modules must be http: or https: URLs");
        }
        if (url.getHost() == null) {
            throw new RemoteModuleException("Invalid module URL \"" + url + "\": it has no valid host name; "
                    + "write it as " + scheme + "://host/path");
        }
        String text = url.normalize().toString();
        int hash = text.indexOf('#');
        return URI.create(hash < 0 ? text : text.substring(0, hash));
    }

    private Entry download(URI requested, URI url) {
        progress.started(url);
        try {
            HttpResponse<byte[]> response = send(requested, url);
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return new Body(response.headers().firstValue("content-type").orElse(null), response.body());
            }
            if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
                String location = response.headers().firstValue("location").orElseThrow(() ->
                        new RemoteModuleException("Cannot fetch " + quote(requested, url) + ": the server answered "
                                + status + " without saying where to; report it to the server's owner"));
                try {
                    return new Redirect(url.resolve(location));
                } catch (IllegalArgumentException e) {
                    throw new RemoteModuleException("Cannot fetch " + quote(requested, url) + ": it redirects to \""
                            + location + "\", which is not a valid URL; report it to the server's owner", e);
                }
            }
            throw statusError(requested, url, status);
        } finally {
            progress.finished(url);
        }
    }

    private HttpResponse<byte[]> send(URI requested, URI url) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .header("Accept", ACCEPT)
                .header("User-Agent", USER_AGENT)
                .GET()
                .build();
        // Waiting on the future, rather than HttpRequest.timeout, bounds the body too, not only the headers.
        CompletableFuture<HttpResponse<byte[]>> response =
                client().sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            return response.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw new RemoteModuleException("Cannot fetch " + quote(requested, url) + ": no answer within "
                    + describe(requestTimeout) + OFFLINE_FIX, e);
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            throw new RemoteModuleException("Fetching " + quote(requested, url) + " was interrupted", e);
        } catch (ExecutionException e) {
            throw new RemoteModuleException("Cannot fetch " + quote(requested, url) + ": "
                    + networkFailure(e.getCause()) + OFFLINE_FIX, e.getCause());
        }
    }

    private void store(URI url, Entry entry) {
        try {
            cache.put(url, entry);
        } catch (IOException e) {
            throw new RemoteModuleException("Cannot save \"" + url + "\" in the module cache: " + e
                    + "; check that the cache directory is writable", e);
        }
    }

    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder()
                    .connectTimeout(connectTimeout)
                    // Followed by hand, to cache each hop, apply Deno's limit and refuse non-http targets.
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
        }
        return client;
    }

    /** Says in words what went wrong below HTTP, most specific cause first. */
    private String networkFailure(Throwable failure) {
        if (find(failure, UnresolvedAddressException.class) || find(failure, UnknownHostException.class)) {
            return "the host name could not be resolved";
        }
        if (find(failure, HttpConnectTimeoutException.class)) {
            return "no connection within " + describe(connectTimeout);
        }
        if (find(failure, HttpTimeoutException.class)) {
            return "no answer within " + describe(requestTimeout);
        }
        if (find(failure, ConnectException.class)) {
            return "connection refused";
        }
        if (find(failure, SSLException.class)) {
            return "the secure (TLS) connection failed: " + failure.getMessage();
        }
        return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
    }

    private static boolean find(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static RemoteModuleException statusError(URI requested, URI url, int status) {
        String answer = "the server answered " + status + reasonPhrase(status);
        if (status == 404 || status == 410) {
            return new RemoteModuleException("Module not found " + quote(requested, url) + ": " + answer
                    + "; check the URL");
        }
        String fix = status >= 500 || status == 429
                ? "; try again later, or run with --cached-only to use what is cached"
                : "; check the URL and that the server lets Ion download it";
        return new RemoteModuleException("Cannot fetch " + quote(requested, url) + ": " + answer + fix);
    }

    /** The JDK's client does not expose the server's reason phrase; these are the usual ones. */
    private static String reasonPhrase(int status) {
        return switch (status) {
            case 400 -> " Bad Request";
            case 401 -> " Unauthorized";
            case 403 -> " Forbidden";
            case 404 -> " Not Found";
            case 410 -> " Gone";
            case 429 -> " Too Many Requests";
            case 500 -> " Internal Server Error";
            case 502 -> " Bad Gateway";
            case 503 -> " Service Unavailable";
            case 504 -> " Gateway Timeout";
            default -> "";
        };
    }

    /** {@code "url"}, naming the URL the user asked for too when a redirect led here. */
    private static String quote(URI requested, URI url) {
        return url.equals(requested) ? "\"" + url + "\"" : "\"" + url + "\" (redirected from \"" + requested + "\")";
    }

    private static String describe(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
    }
}
