package org.ionjs.runtime.internal.modules;

import org.ionjs.runtime.internal.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Properties;

/**
 * The on-disk cache of remote modules under {@code <cacheRoot>/remote/}. Each URL's entry is named by
 * the SHA-256 of the URL: {@code <hash>} holds the body and {@code <hash>.meta} what Ion learnt with it
 * (the URL, when it was fetched, and either where the URL redirects or the body's content type and hash).
 * A redirect is cached as its own entry, as Deno does, so a chain resolves offline hop by hop.
 * <p>
 * Both files are written atomically, the metadata last; the body's hash in the metadata ties the two
 * together, so a torn or damaged entry reads as a miss instead of as wrong code.
 */
final class RemoteCache {
    sealed interface Entry permits Redirect, Body {
    }

    /** The URL answered with a redirect to {@code location}. */
    record Redirect(URI location) implements Entry {
    }

    /** The URL answered with a module; {@code contentType} is null when the server sent none. */
    record Body(String contentType, byte[] bytes) implements Entry {
    }

    private final Path dir;

    RemoteCache(Path cacheRoot) {
        this.dir = cacheRoot.resolve("remote");
    }

    /** The entry for {@code url}, or null when there is none or it is damaged. */
    Entry get(URI url) {
        String name = Sha256.hex(url.toString());
        Properties meta = new Properties();
        try (InputStream in = Files.newInputStream(dir.resolve(name + ".meta"))) {
            meta.load(in);
            if (!url.toString().equals(meta.getProperty("url"))) {
                return null;
            }
            String redirect = meta.getProperty("redirect");
            if (redirect != null) {
                return new Redirect(new URI(redirect));
            }
            byte[] bytes = Files.readAllBytes(dir.resolve(name));
            return Sha256.hex(bytes).equals(meta.getProperty("sha256"))
                    ? new Body(meta.getProperty("contentType"), bytes) : null;
        } catch (IOException | IllegalArgumentException | URISyntaxException e) {
            return null;
        }
    }

    void put(URI url, Entry entry) throws IOException {
        String name = Sha256.hex(url.toString());
        Properties meta = new Properties();
        meta.setProperty("url", url.toString());
        meta.setProperty("fetchedAt", Instant.now().toString());
        switch (entry) {
            case Redirect redirect -> meta.setProperty("redirect", redirect.location().toString());
            case Body body -> {
                AtomicFiles.write(dir.resolve(name), file -> Files.write(file, body.bytes()));
                if (body.contentType() != null) {
                    meta.setProperty("contentType", body.contentType());
                }
                meta.setProperty("sha256", Sha256.hex(body.bytes()));
            }
        }
        AtomicFiles.write(dir.resolve(name + ".meta"), file -> {
            try (OutputStream out = Files.newOutputStream(file)) {
                meta.store(out, null);
            }
        });
        if (entry instanceof Redirect) {
            // The URL used to serve a body; drop it so the cache holds only what is current.
            Files.deleteIfExists(dir.resolve(name));
        }
    }
}
