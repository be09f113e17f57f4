package org.ionjs.runtime.internal.modules;

import org.ionjs.runtime.internal.AtomicFiles;
import org.ionjs.runtime.spi.MediaType;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Emitted JavaScript and source maps on disk under {@code <cacheRoot>/emit/}, so that a run whose
 * modules are all cached never loads swc4j. Store the final output of a module (after
 * {@link Transpiler} and {@link ModuleRewriter}) under {@link #key}, which changes with anything that
 * changes that output.
 *
 * <p>Entries are written atomically and carry a checksum, so a torn, truncated or damaged entry reads
 * as a miss, never as bad code or an exception. Thread-safe, and safe for several processes at once.
 */
public final class EmitCache {
    /**
     * Part of every key. Bump the number whenever a change to Transpiler, ModuleRewriter or their
     * options changes what they emit, so that older entries are no longer used.
     */
    static final String VERSION = "ion-emit-1/swc4j-" + Swc4jLibrary.VERSION;

    private static final int MAGIC = 0x494F4E45; // "IONE"
    private static final int NO_MAP = -1;

    private final Path dir;

    public EmitCache(Path cacheRoot) {
        this.dir = Objects.requireNonNull(cacheRoot, "cacheRoot").resolve("emit");
    }

    /**
     * The key of a module's output: a SHA-256 of everything it depends on. The module's URL is not
     * part of it, so the same text at two URLs shares an entry (whose source map names the first URL
     * in its {@code sources}; Ion maps positions by the URL a map is registered under).
     *
     * @param sourceText the module's original text
     * @param mediaType  what the text is
     * @param options    the transpiler's options (they change nothing for JavaScript, but a shared key
     *                   scheme keeps callers simple)
     */
    public static String key(String sourceText, MediaType mediaType, TranspileOptions options) {
        // A NUL after each part keeps them apart: ("ab", "c") and ("a", "bc") hash differently.
        return Sha256.hex(VERSION + '\0' + mediaType + '\0' + options.fingerprint() + '\0' + sourceText);
    }

    /** The entry under {@code key}, or empty when there is none or it is damaged. */
    public Optional<Emit> get(String key) {
        byte[] content;
        try {
            content = Files.readAllBytes(file(key));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            log("Cannot read the emit cache entry " + file(key), e);
            return Optional.empty();
        }
        return decode(key, content);
    }

    /** Stores {@code emit} under {@code key}; best effort, since a failed write only costs a later transpile. */
    public void put(String key, Emit emit) {
        Path file = file(key);
        try {
            byte[] content = encode(key, emit);
            AtomicFiles.write(file, temp -> Files.write(temp, content));
        } catch (IOException e) {
            log("Cannot write the emit cache entry " + file, e);
        }
    }

    /** Entries spread over 256 directories, so no directory grows huge. */
    private Path file(String key) {
        if (!isSha256Hex(key)) {
            throw new IllegalArgumentException("Emit cache key \"" + key + "\" is not a SHA-256 in hex; make it with EmitCache.key");
        }
        return dir.resolve(key.substring(0, 2)).resolve(key + ".emit");
    }

    private static boolean isSha256Hex(String key) {
        if (key.length() != 64) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Magic, key, code, map (or -1), then a CRC-32 of everything before it. */
    private static byte[] encode(String key, Emit emit) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(emit.code().length() + 64);
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(MAGIC);
        writeBytes(out, key.getBytes(StandardCharsets.US_ASCII));
        writeBytes(out, emit.code().getBytes(StandardCharsets.UTF_8));
        if (emit.sourceMap() == null) {
            out.writeInt(NO_MAP);
        } else {
            writeBytes(out, emit.sourceMap().getBytes(StandardCharsets.UTF_8));
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        out.writeLong(crc.getValue());
        return bytes.toByteArray();
    }

    private static void writeBytes(DataOutputStream out, byte[] value) throws IOException {
        out.writeInt(value.length);
        out.write(value);
    }

    private static Optional<Emit> decode(String key, byte[] content) {
        try {
            ByteBuffer in = ByteBuffer.wrap(content);
            if (content.length < Long.BYTES || in.getInt() != MAGIC) {
                return Optional.empty();
            }
            int checked = content.length - Long.BYTES;
            CRC32 crc = new CRC32();
            crc.update(content, 0, checked);
            if (crc.getValue() != ByteBuffer.wrap(content, checked, Long.BYTES).getLong()) {
                return Optional.empty();
            }
            if (!key.equals(readString(in, checked))) {
                return Optional.empty();
            }
            String code = readString(in, checked);
            String sourceMap = readString(in, checked);
            boolean complete = code != null && in.position() == checked;
            return complete ? Optional.of(new Emit(code, sourceMap)) : Optional.empty();
        } catch (BufferUnderflowException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** A length-prefixed UTF-8 string ending at or before {@code limit}; {@code null} for length -1. */
    private static String readString(ByteBuffer in, int limit) {
        int length = in.getInt();
        if (length == NO_MAP) {
            return null;
        }
        if (length < 0 || length > limit - in.position()) {
            throw new IllegalArgumentException("bad length");
        }
        String value = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
        in.position(in.position() + length);
        return value;
    }

    private static void log(String message, IOException e) {
        System.getLogger(EmitCache.class.getName()).log(System.Logger.Level.DEBUG, message, e);
    }
}
