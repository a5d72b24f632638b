package vn.nguon.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the pages show them: Vietnam time, to the minute ("23/11/2026 07:02"). */
public final class Times {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private Times() {
    }

    /** "23/11/2026 07:02", or "" for no time. */
    public static String minutes(Instant t) {
        return t == null ? "" : MINUTES.format(t);
    }

    /** "23/11/2026" (Vietnam's date), or "" for no time. */
    public static String day(Instant t) {
        return t == null ? "" : DAY.format(t);
    }

    /** A day as the pages write it, "06/12/2026", or "" for none. */
    public static String day(java.time.LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }
}
