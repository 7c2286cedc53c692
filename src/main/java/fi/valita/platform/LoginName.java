package fi.valita.platform;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form of a sign-in address that the login throttle, the account lookup and account creation
 * all use: Unicode NFKC, then lower case (a full case mapping, as Unicode case folding does), trimmed.
 * Kept in one place because two different normalisations let a variant of an address (a Turkish
 * {@code İ}, fullwidth letters) find the account while it escapes the throttle.
 */
public final class LoginName {

    private LoginName() {}

    /** The normalised login name; the same for every way of writing the same address. */
    public static String of(String address) {
        String folded = Normalizer.normalize(address, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
        // Lower-casing may leave a sequence that NFKC writes otherwise; normalising again keeps of(of(x)) == of(x).
        return Normalizer.normalize(folded, Normalizer.Form.NFKC).strip();
    }

    /**
     * True when the address, apart from spaces around it, is already in its normal form up to simple
     * letter-by-letter lower-casing. Addresses that change otherwise (a Kelvin sign {@code K}, fullwidth
     * letters, a {@code İ} that lower-cases to two characters) are refused when an account is made, so that
     * no two accounts differ only by such look-alikes.
     */
    public static boolean survivesNormalisation(String address) {
        String trimmed = address.strip();
        if (!Normalizer.isNormalized(trimmed, Normalizer.Form.NFKC)) {
            return false;
        }
        StringBuilder simple = new StringBuilder(trimmed.length());
        trimmed.codePoints().map(Character::toLowerCase).forEach(simple::appendCodePoint);
        return of(trimmed).contentEquals(simple);
    }
}
