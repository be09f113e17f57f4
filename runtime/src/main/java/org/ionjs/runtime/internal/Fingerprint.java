package org.ionjs.runtime.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A 64-bit fingerprint of bytes for the start-up caches: CRC-32C and CRC-32 (two different polynomials)
 * side by side. It detects damaged files and tells versions of the standard library apart, and costs
 * ~1 ms per MB in a cold JVM, where SHA-256 cost ~20 ms per MB (the start-up path runs before the JIT
 * has compiled anything). Not for adversaries: whoever can write the user's cache can do anything anyway.
 */
final class Fingerprint {
    static final int LENGTH = 8;
    private final CRC32C crc32c = new CRC32C();
    private final CRC32 crc32 = new CRC32();

    Fingerprint add(byte[] bytes) {
        crc32c.update(bytes);
        crc32.update(bytes);
        return this;
    }

    /** Adds a named part, framed by its name and length so that parts cannot run into each other. */
    Fingerprint add(String name, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        add((name + "\n" + bytes.length + "\n").getBytes(StandardCharsets.UTF_8));
        return add(bytes);
    }

    byte[] bytes() {
        return ByteBuffer.allocate(LENGTH).putInt((int) crc32c.getValue()).putInt((int) crc32.getValue()).array();
    }

    String hex() {
        return HexFormat.of().formatHex(bytes());
    }

    static byte[] of(byte[] bytes) {
        return new Fingerprint().add(bytes).bytes();
    }
}
