package vn.nguon.broadcast.web;

import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The days of the broadcast log asked for ({@code from}, {@code to}, ISO dates, Vietnam's calendar): the last seven by default. */
public final class LogDays {

    private LogDays() {
    }

    /** [start, end) of the days, or the violations of {@code from} / {@code to} by field. */
    public static Instant[] of(String from, String to) {
        List<Violation> v = new ArrayList<>();
        LocalDate today = LocalDate.now(vn.nguon.broadcast.domain.Schedule.ZONE);
        LocalDate f = date(v, "from", from, today.minusDays(6));
        LocalDate t = date(v, "to", to, f.isAfter(today) ? f : today);
        if (v.isEmpty() && t.isBefore(f)) {
            v.add(Violation.of("to", "untilBeforeStart"));
        }
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        return new Instant[]{f.atStartOfDay(vn.nguon.broadcast.domain.Schedule.ZONE).toInstant(),
                t.plusDays(1).atStartOfDay(vn.nguon.broadcast.domain.Schedule.ZONE).toInstant()};
    }

    private static LocalDate date(List<Violation> v, String field, String text, LocalDate fallback) {
        LocalDate d = vn.nguon.shared.IsoTimes.date(v, field, text);
        return d == null ? fallback : d;
    }
}
