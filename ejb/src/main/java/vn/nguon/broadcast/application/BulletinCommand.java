package vn.nguon.broadcast.application;

import vn.nguon.broadcast.domain.AlertInfo;
import vn.nguon.broadcast.domain.BulletinData;
import vn.nguon.broadcast.domain.BulletinKind;
import vn.nguon.broadcast.domain.Category;
import vn.nguon.broadcast.domain.Priority;
import vn.nguon.broadcast.domain.Recurrence;
import vn.nguon.broadcast.domain.Schedule;
import vn.nguon.broadcast.domain.Target;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A bulletin or alert as its writers send it — the JSON API's body and what the bulletin and alert
 * pages' form maps to — with texts for enums and times, so that every value that cannot be read
 * becomes a field problem (422) instead of a parse failure; {@link #data()} turns it into the
 * domain's {@link BulletinData}. Times are ISO-8601; without an offset they are Vietnam time.
 */
public record BulletinCommand(String kind, String title, String category, String priority, List<VersionRequest> versions,
                              List<TargetRequest> targets, String startsAt, String expiresAt, String recurrence,
                              List<String> days, List<String> times, String repeatUntil, Integer volume,
                              AlertRequest alert, BoardRequest board, Long version) {

    /** What e-bulletin boards show instead of the text: a short text and/or a picture (a stored image's id). */
    public record BoardRequest(String text, Long imageId) {
    }

    public record VersionRequest(String language, String text, Long mediaId, List<String> playsIn)
            implements java.io.Serializable {
    }

    /** kind UNIT (code: a unit), GROUP (code: "unit/TYPE"), DEVICE (code: a device id). */
    public record TargetRequest(String kind, String code) implements java.io.Serializable {
    }

    public record AlertRequest(String event, String severity, String urgency, String certainty, String area, String instruction) {
    }

    public BulletinData data() {
        List<Violation> v = new ArrayList<>();
        BulletinKind k = parse(v, "kind", kind, BulletinKind.class, BulletinKind.BULLETIN);
        Category c = category == null || category.isBlank() ? null : Category.parse(category).orElse(null);
        if (category != null && !category.isBlank() && c == null) {
            v.add(Violation.of("category", "notAllowed", category));
        }
        Priority p = parse(v, "priority", priority, Priority.class, null);
        Instant start = instant(v, "startsAt", startsAt);
        Instant end = instant(v, "expiresAt", expiresAt);
        Recurrence r = parse(v, "recurrence", recurrence, Recurrence.class, Recurrence.ONCE);
        Set<DayOfWeek> d = EnumSet.noneOf(DayOfWeek.class);
        for (String day : days == null ? List.<String>of() : days) {
            try {
                d.add(DayOfWeek.valueOf(day.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                v.add(Violation.of("days", "notAllowed", day));
            }
        }
        List<LocalTime> t = new ArrayList<>();
        for (String time : times == null ? List.<String>of() : times) {
            try {
                t.addAll(Schedule.parseTimes(time));
            } catch (DateTimeParseException e) {
                v.add(Violation.of("times", "notTime", time));
            }
        }
        LocalDate until = null;
        if (repeatUntil != null && !repeatUntil.isBlank()) {
            try {
                until = LocalDate.parse(repeatUntil.strip());
            } catch (DateTimeParseException e) {
                v.add(Violation.of("repeatUntil", Violation.NOT_A_DATE));
            }
        }
        List<Target> ts = new ArrayList<>();
        for (TargetRequest tr : targets == null ? List.<TargetRequest>of() : targets) {
            Target.Kind tk = tr == null ? null : parse(v, "targets", tr.kind(), Target.Kind.class, null);
            if (tk != null && tr.code() != null && !tr.code().isBlank()) {
                ts.add(new Target(tk, tr.code().strip()));
            } else if (tr == null || tr.code() == null || tr.code().isBlank()) {
                v.add(Violation.of("targets", Violation.REQUIRED));
            }
        }
        List<BulletinData.Version> vs = new ArrayList<>();
        for (VersionRequest vr : versions == null ? List.<VersionRequest>of() : versions) {
            if (vr != null) {
                vs.add(new BulletinData.Version(vr.language() == null ? null : vr.language().strip(), vr.text(), vr.mediaId(), vr.playsIn()));
            }
        }
        AlertInfo a = alert == null ? null : new AlertInfo(alert.event(), alert.severity(), alert.urgency(), alert.certainty(),
                alert.area(), alert.instruction());
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        Schedule s = start == null && end == null ? null : new Schedule(start, end, r, d, t, until);
        return new BulletinData(k, title, c, p, vs, ts, s, volume, a,
                board == null ? null : new BulletinData.Board(board.text(), board.imageId()));
    }

    private static <E extends Enum<E>> E parse(List<Violation> v, String field, String text, Class<E> type, E fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            v.add(Violation.of(field, "notAllowed", text));
            return null;
        }
    }

    static Instant instant(List<Violation> v, String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text.strip()).atZone(Schedule.ZONE).toInstant();
            } catch (DateTimeParseException e2) {
                v.add(Violation.of(field, "notTime", text));
                return null;
            }
        }
    }
}
