package org.ionjs.ext.crypto;

import org.ionjs.runtime.spi.Extension;
import org.ionjs.runtime.spi.ExtensionSetup;
import org.ionjs.runtime.spi.OpCall;
import org.ionjs.runtime.spi.OpException;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Properties;

/**
 * Web Crypto's {@code crypto.getRandomValues}, {@code crypto.randomUUID} and {@code crypto.subtle.digest}
 * (SHA-1, SHA-256, SHA-384, SHA-512 on the JDK's MessageDigest), plus {@code navigator} and {@code self}.
 */
public final class CryptoExtension implements Extension {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String VERSION = readVersion();

    @Override
    public String name() {
        return "crypto";
    }

    @Override
    public List<String> requires() {
        return List.of("dom");
    }

    @Override
    public void setup(ExtensionSetup setup) {
        setup.op("op_crypto_random_bytes", this::randomBytes)
                .op("op_crypto_digest", this::digest)
                .op("op_navigator_info", this::navigatorInfo)
                .script("ion/ext/crypto/00_crypto.js")
                .script("ion/ext/crypto/01_navigator.js");
    }

    /** {@code n} bytes (at most 65536) from a cryptographically strong generator. */
    private Object randomBytes(OpCall call) {
        int length = call.integer(0);
        if (length < 0 || length > 65536) {
            throw OpException.rangeError("op_crypto_random_bytes: length out of range: " + length);
        }
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The digest of a Uint8Array under a normalized algorithm name ("SHA-1", "SHA-256", ...). */
    private Object digest(OpCall call) throws NoSuchAlgorithmException {
        String algorithm = call.string(0);
        Object data = call.arg(1);
        if (!(data instanceof byte[] bytes)) {
            throw OpException.typeError("op_crypto_digest: data must be a Uint8Array");
        }
        return MessageDigest.getInstance(algorithm).digest(bytes);
    }

    /** [userAgent, hardwareConcurrency]. */
    private Object navigatorInfo(OpCall call) {
        return List.of("Ion/" + VERSION, Runtime.getRuntime().availableProcessors());
    }

    private static String readVersion() {
        ClassLoader loader = CryptoExtension.class.getClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream("org/ionjs/cli/version.properties")) {
            if (in != null) {
                Properties properties = new Properties();
                properties.load(in);
                String version = properties.getProperty("ion.version");
                if (version != null && !version.isEmpty() && !version.startsWith("${")) {
                    return version;
                }
            }
        } catch (IOException ignored) {
            // fall through
        }
        String version = CryptoExtension.class.getPackage().getImplementationVersion();
        return version != null ? version : "0.1.0";
    }
}
