package vn.nguon.feedback.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * Working time of Vietnamese state offices: Monday to Friday, 07:30–11:30 and 13:30–17:00 (Vietnam time),
 * except public holidays (data: {@code holiday}). A deadline in working hours counts those hours from the
 * moment of receipt (received out of hours, from the next working morning); a deadline in working days ends at
 * the close of the n-th working day after the day of receipt ("10 ngày làm việc kể từ ngày tiếp nhận").
 */
public final class WorkingCalendar {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalTime MORNING = LocalTime.of(7, 30);
    static final LocalTime NOON = LocalTime.of(11, 30);
    static final LocalTime AFTERNOON = LocalTime.of(13, 30);
    static final LocalTime CLOSE = LocalTime.of(17, 0);

    private final Set<LocalDate> holidays;

    public WorkingCalendar(Set<LocalDate> holidays) {
        this.holidays = Set.copyOf(holidays);
    }

    public boolean workingDay(LocalDate d) {
        return d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY && !holidays.contains(d);
    }

    /** The end of the {@code days}-th working day after the day of {@code from}. */
    public Instant afterWorkingDays(Instant from, int days) {
        LocalDate d = from.atZone(VIETNAM).toLocalDate();
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (workingDay(d)) {
                left--;
            }
        }
        return d.atTime(CLOSE).atZone(VIETNAM).toInstant();
    }

    /** The moment {@code hours} working hours after {@code from}. */
    public Instant afterWorkingHours(Instant from, int hours) {
        Duration left = Duration.ofHours(hours);
        LocalDateTime t = from.atZone(VIETNAM).toLocalDateTime();
        while (true) {
            LocalDate day = t.toLocalDate();
            if (workingDay(day)) {
                for (LocalTime[] span : new LocalTime[][]{{MORNING, NOON}, {AFTERNOON, CLOSE}}) {
                    LocalDateTime start = day.atTime(span[0]);
                    LocalDateTime end = day.atTime(span[1]);
                    if (t.isBefore(end)) {
                        LocalDateTime s = t.isAfter(start) ? t : start;
                        Duration here = Duration.between(s, end);
                        if (here.compareTo(left) >= 0) {
                            return s.plus(left).atZone(VIETNAM).toInstant();
                        }
                        left = left.minus(here);
                        t = end;
                    }
                }
            }
            t = day.plusDays(1).atStartOfDay();
        }
    }

    /** The working time between two moments (zero when {@code to} is not after {@code from}). */
    public Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        LocalDateTime a = from.atZone(VIETNAM).toLocalDateTime();
        LocalDateTime b = to.atZone(VIETNAM).toLocalDateTime();
        for (LocalDate day = a.toLocalDate(); !day.isAfter(b.toLocalDate()); day = day.plusDays(1)) {
            if (!workingDay(day)) {
                continue;
            }
            for (LocalTime[] span : new LocalTime[][]{{MORNING, NOON}, {AFTERNOON, CLOSE}}) {
                LocalDateTime s = max(day.atTime(span[0]), a);
                LocalDateTime e = min(day.atTime(span[1]), b);
                if (e.isAfter(s)) {
                    total = total.plus(Duration.between(s, e));
                }
            }
        }
        return total;
    }

    private static LocalDateTime max(LocalDateTime x, LocalDateTime y) {
        return x.isAfter(y) ? x : y;
    }

    private static LocalDateTime min(LocalDateTime x, LocalDateTime y) {
        return x.isBefore(y) ? x : y;
    }
}
