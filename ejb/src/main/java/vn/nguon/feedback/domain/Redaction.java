package vn.nguon.feedback.domain;

import java.util.regex.Pattern;

/**
 * Takes personal data out of a text before it is published: e-mail addresses, Vietnamese phone numbers (0xx…
 * or +84…, with spaces or dots), 12-digit citizen identity numbers, and the citizen's own name. What is taken
 * out is replaced by "[…]" so that a reader sees something was there.
 */
public final class Redaction {

    static final String MARK = "[…]";
    private static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}.-]+\\.[\\p{L}]{2,}");
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{N}])(?:\\+84|0084|0)(?:[\\s.-]?\\p{N}){8,10}(?![\\p{N}])");
    private static final Pattern IDENTITY = Pattern.compile("(?<![\\p{N}])\\p{N}{12}(?![\\p{N}])");

    private Redaction() {
    }

    /** The text with personal data replaced; {@code name} (the citizen's, may be null) too, whatever its case. */
    public static String redact(String text, String name) {
        if (text == null) {
            return null;
        }
        String s = EMAIL.matcher(text).replaceAll(MARK);
        s = PHONE.matcher(s).replaceAll(MARK);
        s = IDENTITY.matcher(s).replaceAll(MARK);
        if (name != null && name.strip().length() >= 2) {
            s = Pattern.compile(Pattern.quote(name.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(s).replaceAll(MARK);
        }
        return s;
    }
}
