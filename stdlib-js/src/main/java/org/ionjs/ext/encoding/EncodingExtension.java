package org.ionjs.ext.encoding;

import org.ionjs.runtime.spi.Extension;
import org.ionjs.runtime.spi.ExtensionSetup;
import org.ionjs.runtime.spi.OpCall;
import org.ionjs.runtime.spi.OpException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.Map;

/**
 * The WHATWG Encoding Standard ({@code TextEncoder}, {@code TextDecoder}). UTF-8, UTF-16 and
 * x-user-defined are done in JavaScript; the legacy encodings use the JDK's charsets: single-byte ones
 * as a 128-entry table handed to JavaScript once, multi-byte ones as the spec's indexes (pointer to
 * code point), which JavaScript's implementations of the spec's decoders read.
 */
public final class EncodingExtension implements Extension {

    /** Single-byte WHATWG encoding name to the JDK charset closest to the spec's index (JavaScript patches the rest). */
    private static final Map<String, String> CHARSETS = Map.ofEntries(
            Map.entry("ibm866", "IBM866"),
            Map.entry("iso-8859-2", "ISO-8859-2"),
            Map.entry("iso-8859-3", "ISO-8859-3"),
            Map.entry("iso-8859-4", "ISO-8859-4"),
            Map.entry("iso-8859-5", "ISO-8859-5"),
            Map.entry("iso-8859-6", "ISO-8859-6"),
            Map.entry("iso-8859-7", "ISO-8859-7"),
            Map.entry("iso-8859-8", "ISO-8859-8"),
            Map.entry("iso-8859-8-i", "ISO-8859-8"),
            Map.entry("iso-8859-13", "ISO-8859-13"),
            Map.entry("iso-8859-15", "ISO-8859-15"),
            Map.entry("iso-8859-16", "ISO-8859-16"),
            Map.entry("koi8-r", "KOI8-R"),
            Map.entry("koi8-u", "KOI8-U"),
            Map.entry("macintosh", "x-MacRoman"),
            Map.entry("windows-874", "x-windows-874"),
            Map.entry("windows-1250", "windows-1250"),
            Map.entry("windows-1251", "windows-1251"),
            Map.entry("windows-1252", "windows-1252"),
            Map.entry("windows-1253", "windows-1253"),
            Map.entry("windows-1254", "windows-1254"),
            Map.entry("windows-1255", "windows-1255"),
            Map.entry("windows-1256", "windows-1256"),
            Map.entry("windows-1257", "windows-1257"),
            Map.entry("windows-1258", "windows-1258"),
            Map.entry("x-mac-cyrillic", "x-MacUkraine"));

    @Override
    public String name() {
        return "encoding";
    }

    @Override
    public void setup(ExtensionSetup setup) {
        setup.op("op_encoding_single_byte_table", this::singleByteTable)
                .op("op_encoding_index", this::index)
                .op("op_encoding_gb18030_four", this::gb18030Four)
                .script("ion/ext/encoding/00_encoding.js");
    }

    private static Charset charset(String name) {
        String java = CHARSETS.get(name);
        if (java == null || !Charset.isSupported(java)) {
            throw OpException.rangeError("The encoding '" + name + "' is not supported.");
        }
        return Charset.forName(java);
    }

    /**
     * Bytes 0x80-0xFF decoded one by one: a string of 128 code units, U+FFFD where the byte maps to
     * nothing. In windows-* code pages the spec's indexes map the C1 bytes the JDK leaves undefined to
     * the C1 controls of the same value (windows-1252's 0x81 is U+0081).
     */
    private Object singleByteTable(OpCall call) {
        String name = call.string(0);
        CharsetDecoder decoder = charset(name).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder table = new StringBuilder(128);
        for (int b = 0x80; b <= 0xFF; b++) {
            char c = '\uFFFD';
            try {
                CharBuffer out = decoder.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b}));
                if (out.length() == 1) {
                    c = out.get(0);
                }
            } catch (CharacterCodingException e) {
                if (name.startsWith("windows-") && b <= 0x9F) {
                    c = (char) b;
                }
            }
            table.append(c);
        }
        return table.toString();
    }

    /**
     * One of the spec's multi-byte indexes, by pointer, derived from the JDK charset by decoding the
     * byte sequence each pointer stands for: a string of two code units per pointer, (0, 0) where the
     * index has no code point, (c, 0) for a BMP code point, a surrogate pair otherwise.
     */
    private Object index(OpCall call) {
        String name = call.string(0);
        int size;
        String charset;
        switch (name) {
            case "jis0208" -> { size = 188 * 60; charset = "windows-31j"; }
            case "jis0212" -> { size = 94 * 94; charset = "EUC-JP"; }
            case "euc-kr" -> { size = 190 * 126; charset = "x-windows-949"; }
            case "big5" -> { size = 157 * 126; charset = "Big5-HKSCS"; }
            case "gb18030" -> { size = 190 * 126; charset = "GB18030"; }
            default -> throw OpException.rangeError("Unknown index " + name);
        }
        CharsetDecoder decoder = Charset.forName(charset).newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharsetDecoder fallback = null;
        if (name.equals("big5")) {
            fallback = decoder;
            decoder = Charset.forName("x-windows-950").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
        StringBuilder table = new StringBuilder(size * 2);
        for (int pointer = 0; pointer < size; pointer++) {
            byte[] bytes = switch (name) {
                case "jis0208" -> {
                    int lead = pointer / 188;
                    int trail = pointer % 188;
                    yield new byte[] {(byte) (lead + (lead < 0x1F ? 0x81 : 0xC1)),
                            (byte) (trail + (trail < 0x3F ? 0x40 : 0x41))};
                }
                case "jis0212" -> new byte[] {(byte) 0x8F, (byte) (0xA1 + pointer / 94), (byte) (0xA1 + pointer % 94)};
                case "euc-kr" -> new byte[] {(byte) (0x81 + pointer / 190), (byte) (0x41 + pointer % 190)};
                case "big5" -> {
                    int trail = pointer % 157;
                    yield new byte[] {(byte) (0x81 + pointer / 157), (byte) (trail + (trail < 0x3F ? 0x40 : 0x62))};
                }
                default -> {
                    int trail = pointer % 190;
                    yield new byte[] {(byte) (0x81 + pointer / 190), (byte) (trail + (trail < 0x3F ? 0x40 : 0x41))};
                }
            };
            String decoded;
            if (fallback == null) {
                decoded = decodeOne(decoder, bytes);
            } else {
                decoded = big5(decoder, fallback, bytes[0] & 0xFF, bytes[1] & 0xFF);
            }
            // The spec's indexes have no private-use code points, except gb18030's.
            boolean privateUse = decoded != null && !name.equals("gb18030")
                    && decoded.charAt(0) >= 0xE000 && decoded.charAt(0) <= 0xF8FF;
            if (decoded == null || decoded.codePointCount(0, decoded.length()) != 1 || decoded.charAt(0) < 0x80
                    || privateUse) {
                table.append("\0\0");
            } else {
                table.append(decoded.charAt(0)).append(decoded.length() == 2 ? decoded.charAt(1) : '\0');
            }
        }
        return table.toString();
    }

    /**
     * The spec's Big5 index is Windows code page 950 for the Big5 proper, with HKSCS (the JDK's
     * Big5-HKSCS) around it, the ETEN extensions in C6A1-C8FE and F9D6-F9FE, and control pictures in
     * A3C0-A3E0.
     */
    private static String big5(CharsetDecoder cp950, CharsetDecoder hkscs, int lead, int trail) {
        byte[] bytes = {(byte) lead, (byte) trail};
        if (lead == 0xA3 && trail >= 0xC0 && trail <= 0xE0) {
            return String.valueOf((char) (trail == 0xE0 ? 0x2421 : 0x2400 + trail - 0xC0));
        }
        boolean eten = (lead == 0xC6 && trail >= 0xA1) || lead == 0xC7 || lead == 0xC8
                || (lead == 0xF9 && trail >= 0xD6);
        String decoded = eten ? null : decodeOne(cp950, bytes);
        if (decoded == null || decoded.isEmpty() || (decoded.charAt(0) >= 0xE000 && decoded.charAt(0) <= 0xF8FF)) {
            decoded = decodeOne(hkscs, bytes);
        }
        return decoded;
    }

    /** The code point of a gb18030 four-byte pointer in the BMP ranges (0 when there is none). */
    private Object gb18030Four(OpCall call) {
        int pointer = call.integer(0);
        byte[] bytes = {(byte) (0x81 + pointer / 12600), (byte) (0x30 + pointer / 1260 % 10),
                (byte) (0x81 + pointer / 10 % 126), (byte) (0x30 + pointer % 10)};
        CharsetDecoder decoder = Charset.forName("GB18030").newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String decoded = decodeOne(decoder, bytes);
        return decoded == null || decoded.isEmpty() ? 0 : decoded.codePointAt(0);
    }

    private static String decodeOne(CharsetDecoder decoder, byte[] bytes) {
        try {
            return decoder.reset().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

}
