package vn.nguon.feedback.domain;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The code a citizen tracks their feedback by: 12 characters of Crockford's base32 (no I, L, O, U: nothing to
 * misread over the phone), 60 random bits from a strong generator, written in groups of four ("7K3M-Q9XD-2HPA").
 * Unguessable: at 100 guesses a second for a year, the chance of hitting one of a million codes is below 1 in 300.
 */
public final class TrackingCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final Pattern FORM = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private TrackingCode() {
    }

    public static String next() {
        StringBuilder b = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                b.append('-');
            }
            b.append(ALPHABET.charAt(RANDOM.nextInt(32)));
        }
        return b.toString();
    }

    /** The code as typed, normalised (case, spaces, I/L → 1, O → 0), or null when it cannot be one. */
    public static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('I', '1').replace('L', '1').replace('O', '0');
        if (s.length() != 12) {
            return null;
        }
        String code = s.substring(0, 4) + "-" + s.substring(4, 8) + "-" + s.substring(8);
        return FORM.matcher(code).matches() ? code : null;
    }
}
