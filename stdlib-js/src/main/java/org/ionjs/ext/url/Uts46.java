package org.ionjs.ext.url;

import com.ibm.icu.text.IDNA;

import java.util.EnumSet;
import java.util.Set;

/**
 * UTS #46 ToASCII as the URL Standard's "domain to ASCII" calls it (https://url.spec.whatwg.org/#concept-domain-to-ascii),
 * with beStrict false: CheckHyphens=false, CheckBidi=true, CheckJoiners=true, UseSTD3ASCIIRules=false,
 * Transitional_Processing=false, VerifyDnsLength=false, IgnoreInvalidPunycode=false.
 *
 * <p>ICU4J does the work (mapping table, NFC, validity criteria, punycode, bidi and joiner rules). Its
 * classes and data (~60 KB of uts46.nrm) load on the first call only, so start-up and ASCII hosts do
 * not pay for them.
 */
final class Uts46 {

    private static final IDNA UTS46 = IDNA.getUTS46Instance(
            IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ);

    /**
     * ICU always checks hyphens and DNS lengths; the URL Standard turns both checks off
     * (CheckHyphens=false, VerifyDnsLength=false), so these errors do not fail a domain.
     */
    private static final Set<IDNA.Error> NOT_CHECKED = EnumSet.of(
            IDNA.Error.LEADING_HYPHEN, IDNA.Error.TRAILING_HYPHEN, IDNA.Error.HYPHEN_3_4,
            IDNA.Error.EMPTY_LABEL, IDNA.Error.LABEL_TOO_LONG, IDNA.Error.DOMAIN_NAME_TOO_LONG);

    private Uts46() {
    }

    /** The domain in ASCII, or null when UTS #46 processing records an error the URL Standard checks. */
    static String toAscii(String domain) {
        IDNA.Info info = new IDNA.Info();
        StringBuilder ascii = UTS46.nameToASCII(domain, new StringBuilder(domain.length() + 8), info);
        for (IDNA.Error error : info.getErrors()) {
            if (!NOT_CHECKED.contains(error)) {
                return null;
            }
        }
        return ascii.toString();
    }
}
