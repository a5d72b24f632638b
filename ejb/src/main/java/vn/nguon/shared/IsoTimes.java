package vn.nguon.shared;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Reads ISO-8601 times with an offset, as devices stamp every message ({@code 2026-11-23T07:00:05.123+07:00}).
 * <p>
 * {@link OffsetDateTime#parse} goes through a general formatter: on the acknowledgement path it was
 * almost half of what WildFly spent on each device message of a broadcast (JFR, 10,000 devices).
 * The usual shape — {@code yyyy-MM-ddTHH:mm[:ss[.fraction]]} then {@code Z} or {@code ±HH:mm} — is
 * read here directly, values checked by {@link LocalDateTime#of}; anything else goes to
 * {@code OffsetDateTime.parse}, so what is accepted, and the instant read, are the same.
 */
public final class IsoTimes {

    private IsoTimes() {
    }

    /**
     * An ISO-8601 day ({@code 2026-12-06}) as written in a form or a query: null when blank; when it cannot be
     * read, null and a {@code notDate} problem of {@code field} added to {@code problems}.
     */
    public static java.time.LocalDate date(java.util.List<vn.nguon.kernel.Violation> problems, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return java.time.LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            problems.add(vn.nguon.kernel.Violation.of(field, vn.nguon.kernel.Violation.NOT_A_DATE));
            return null;
        }
    }

    /**
     * @throws DateTimeException when the text is not an ISO-8601 date-time with offset, or names a
     *                           time that does not exist (a 30th of February)
     */
    public static Instant instant(String text) {
        Instant fast = text == null ? null : fast(text);
        return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
    }

    /** The instant, or null when the text is not of the usual shape (the general parser decides then). */
    private static Instant fast(String s) {
        int n = s.length();
        if (n < 17 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':') {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        if ((year | month | day | hour | minute) < 0) {
            return null;
        }
        int i = 16;
        int second = 0;
        int nano = 0;
        if (i < n && s.charAt(i) == ':') {
            second = digits(s, i + 1, 2);
            if (second < 0) {
                return null;
            }
            i += 3;
            if (i < n && s.charAt(i) == '.') {
                int start = ++i;
                while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
                    nano = nano * 10 + (s.charAt(i) - '0');
                    i++;
                }
                if (i == start || (i < n && isDigit(s.charAt(i)))) {
                    return null;
                }
                for (int k = i - start; k < 9; k++) {
                    nano *= 10;
                }
            }
        }
        int offset;
        if (i == n - 1 && s.charAt(i) == 'Z') {
            offset = 0;
        } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            if ((oh | om) < 0 || oh > 18 || om > 59) {
                return null;
            }
            offset = (s.charAt(i) == '-' ? -1 : 1) * (oh * 3600 + om * 60);
        } else {
            return null;
        }
        // throws for a day, hour … that does not exist, as the general parser does
        return LocalDateTime.of(year, month, day, hour, minute, second, nano).toInstant(ZoneOffset.ofTotalSeconds(offset));
    }

    /** The decimal number in {@code s[from, from + count)}, or -1 if any of it is not a digit. */
    private static int digits(String s, int from, int count) {
        int v = 0;
        for (int k = from; k < from + count; k++) {
            if (k >= s.length() || !isDigit(s.charAt(k))) {
                return -1;
            }
            v = v * 10 + (s.charAt(k) - '0');
        }
        return v;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
