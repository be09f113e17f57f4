package org.ionjs.ext.url;

import org.ionjs.runtime.spi.Extension;
import org.ionjs.runtime.spi.ExtensionSetup;
import org.ionjs.runtime.spi.OpCall;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The WHATWG URL Standard: {@code URL} and {@code URLSearchParams}. The parser, the host parser and
 * punycode are JavaScript; Java only maps non-ASCII domains for IDNA (V8 is built without ICU here,
 * so {@code String.prototype.normalize} is the identity). ASCII hosts never reach Java.
 */
public final class UrlExtension implements Extension {

    @Override
    public String name() {
        return "url";
    }

    @Override
    public void setup(ExtensionSetup setup) {
        setup.op("op_url_idna_map", UrlExtension::idnaMap)
                .script("ion/ext/url/00_url.js");
    }

    /**
     * An approximation of the UTS #46 mapping step (non-transitional): default ignorables are
     * removed, the ideographic full stops become ".", and NFKC plus lowercasing stand in for the
     * mapping table. Returns null when a code point is disallowed (unassigned, surrogate, private
     * use, control, noncharacter).
     */
    private static Object idnaMap(OpCall call) {
        String input = call.string(0);
        StringBuilder mapped = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); ) {
            int c = input.codePointAt(i);
            i += Character.charCount(c);
            if (isIgnorable(c)) {
                continue;
            }
            if (c == 0x3002 || c == 0xFF0E || c == 0xFF61) {
                mapped.append('.');
            } else if (c >= 0x80 && Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC).indexOf('.') >= 0) {
                return null;    // U+2024 ONE DOT LEADER, U+2488 DIGIT ONE FULL STOP...: disallowed
            } else {
                mapped.appendCodePoint(c);
            }
        }
        String result = Normalizer.normalize(mapped, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        result = Normalizer.normalize(result, Normalizer.Form.NFKC);
        for (int i = 0; i < result.length(); ) {
            int c = result.codePointAt(i);
            if (isDisallowed(c)) {
                return null;
            }
            if ((c == 0x200C || c == 0x200D) && !joinerAllowed(result, i, c)) {
                return null;
            }
            i += Character.charCount(c);
        }
        return checkBidi(result) ? result : null;
    }

    /** CheckJoiners (RFC 5892 appendix A.1, A.2), approximated: a joiner must follow a combining mark
     * (viramas are non-spacing marks); ZWNJ may also sit between two letters of a joining script. */
    private static boolean joinerAllowed(String s, int i, int c) {
        if (i == 0) {
            return false;
        }
        int before = s.codePointBefore(i);
        if (Character.getType(before) == Character.NON_SPACING_MARK) {
            return true;
        }
        if (c == 0x200D) {
            return false;
        }
        int after = i + 1 < s.length() ? s.codePointAt(i + 1) : -1;
        return after >= 0 && joining(before) && joining(after);
    }

    private static boolean joining(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return Character.isLetter(c) && (script == Character.UnicodeScript.ARABIC
                || script == Character.UnicodeScript.SYRIAC || script == Character.UnicodeScript.NKO
                || script == Character.UnicodeScript.MONGOLIAN || script == Character.UnicodeScript.MANDAIC);
    }

    /** CheckBidi (RFC 5893 section 2), applied to every label when the domain has an RTL label. */
    private static boolean checkBidi(String domain) {
        boolean bidiDomain = false;
        for (int i = 0; i < domain.length(); ) {
            int c = domain.codePointAt(i);
            i += Character.charCount(c);
            byte d = Character.getDirectionality(c);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || d == Character.DIRECTIONALITY_ARABIC_NUMBER) {
                bidiDomain = true;
                break;
            }
        }
        if (!bidiDomain) {
            return true;
        }
        for (String label : domain.split("\\.", -1)) {
            if (!label.isEmpty() && !bidiLabel(label)) {
                return false;
            }
        }
        return true;
    }

    private static boolean bidiLabel(String label) {
        int[] cps = label.codePoints().toArray();
        byte first = Character.getDirectionality(cps[0]);
        boolean rtl;
        if (first == Character.DIRECTIONALITY_RIGHT_TO_LEFT || first == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
            rtl = true;
        } else if (first == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
            rtl = false;
        } else {
            return false;
        }
        boolean en = false, an = false;
        int last = -1;
        for (int c : cps) {
            byte d = Character.getDirectionality(c);
            boolean common = d == Character.DIRECTIONALITY_EUROPEAN_NUMBER
                    || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER_SEPARATOR
                    || d == Character.DIRECTIONALITY_COMMON_NUMBER_SEPARATOR
                    || d == Character.DIRECTIONALITY_EUROPEAN_NUMBER_TERMINATOR
                    || d == Character.DIRECTIONALITY_OTHER_NEUTRALS
                    || d == Character.DIRECTIONALITY_BOUNDARY_NEUTRAL
                    || d == Character.DIRECTIONALITY_NONSPACING_MARK;
            boolean ok = rtl ? common || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC || d == Character.DIRECTIONALITY_ARABIC_NUMBER
                    : common || d == Character.DIRECTIONALITY_LEFT_TO_RIGHT;
            if (!ok) {
                return false;
            }
            en |= d == Character.DIRECTIONALITY_EUROPEAN_NUMBER;
            an |= d == Character.DIRECTIONALITY_ARABIC_NUMBER;
            if (d != Character.DIRECTIONALITY_NONSPACING_MARK) {
                last = d;
            }
        }
        if (rtl) {
            return !(en && an) && (last == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || last == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || last == Character.DIRECTIONALITY_EUROPEAN_NUMBER || last == Character.DIRECTIONALITY_ARABIC_NUMBER);
        }
        return last == Character.DIRECTIONALITY_LEFT_TO_RIGHT || last == Character.DIRECTIONALITY_EUROPEAN_NUMBER;
    }

    private static boolean isIgnorable(int c) {
        return c == 0xAD || c == 0x34F || (c >= 0x180B && c <= 0x180F) || c == 0x200B
                || (c >= 0x2060 && c <= 0x2064) || (c >= 0x206A && c <= 0x206F) || c == 0xFEFF || (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1BCA0 && c <= 0x1BCA3)
                || (c >= 0xE0100 && c <= 0xE01EF);
    }

    private static boolean isDisallowed(int c) {
        if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE || c == 0xFFFD || (c >= 0x2FF0 && c <= 0x2FFF)) {
            return true;
        }
        if (c == 0x200C || c == 0x200D) {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.UNASSIGNED || type == Character.SURROGATE || type == Character.PRIVATE_USE
                || (type == Character.CONTROL && c >= 0x7F) || type == Character.FORMAT
                || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }
}
