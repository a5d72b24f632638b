package vn.nguon.broadcast.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.nguon.kernel.Violation;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * When a bulletin plays. ONCE: at {@code startsAt}. DAILY / WEEKLY: at each of {@code times}
 * (Vietnam time) on every day (or on the chosen {@code days}) from the day of {@code startsAt}
 * to {@code repeatUntil}. Nothing plays after {@code expiresAt}; a recurring slot that was not
 * played within {@link #SLOT_VALIDITY} is stale and expires.
 */
@Embeddable
public class Schedule {

    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    public static final Duration SLOT_VALIDITY = Duration.ofHours(1);
    /** A recurring schedule covers at most a year. */
    static final int MAX_DAYS = 366;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private Recurrence recurrence = Recurrence.ONCE;

    /** "MONDAY,THURSDAY" for WEEKLY. */
    @Column(name = "days_of_week", length = 40)
    private String days;

    /** "06:00,17:30" for DAILY and WEEKLY. */
    @Column(name = "slot_times", length = 200)
    private String times;

    @Column(name = "repeat_until")
    private LocalDate repeatUntil;

    protected Schedule() {
    }

    public Schedule(Instant startsAt, Instant expiresAt, Recurrence recurrence, Set<DayOfWeek> days,
                    List<LocalTime> times, LocalDate repeatUntil) {
        this.startsAt = startsAt;
        this.expiresAt = expiresAt;
        this.recurrence = recurrence == null ? Recurrence.ONCE : recurrence;
        this.days = days == null || days.isEmpty() ? null
                : new TreeSet<>(days).stream().map(DayOfWeek::name).collect(Collectors.joining(","));
        this.times = times == null || times.isEmpty() ? null
                : new TreeSet<>(times).stream().map(LocalTime::toString).collect(Collectors.joining(","));
        this.repeatUntil = repeatUntil;
    }

    public static Schedule once(Instant at, Instant expiresAt) {
        return new Schedule(at, expiresAt, Recurrence.ONCE, null, null, null);
    }

    /** Problems with this schedule, for fields {@code startsAt, expiresAt, times, days, repeatUntil}. */
    public List<Violation> problems(Instant now) {
        List<Violation> v = new ArrayList<>();
        if (startsAt == null) {
            v.add(Violation.of("startsAt", Violation.REQUIRED));
        }
        if (expiresAt == null) {
            v.add(Violation.of("expiresAt", Violation.REQUIRED));
        } else if (startsAt != null && !expiresAt.isAfter(startsAt)) {
            v.add(Violation.of("expiresAt", "expiresBeforeStart"));
        } else if (!expiresAt.isAfter(now)) {
            v.add(Violation.of("expiresAt", "expiresInPast"));
        }
        if (recurrence != Recurrence.ONCE) {
            if (times().isEmpty()) {
                v.add(Violation.of("times", Violation.REQUIRED));
            }
            if (recurrence == Recurrence.WEEKLY && days().isEmpty()) {
                v.add(Violation.of("days", Violation.REQUIRED));
            }
            if (repeatUntil == null) {
                v.add(Violation.of("repeatUntil", Violation.REQUIRED));
            } else if (startsAt != null) {
                LocalDate first = startsAt.atZone(ZONE).toLocalDate();
                if (repeatUntil.isBefore(first)) {
                    v.add(Violation.of("repeatUntil", "untilBeforeStart"));
                } else if (first.plusDays(MAX_DAYS).isBefore(repeatUntil)) {
                    v.add(Violation.of("repeatUntil", Violation.TOO_LARGE, MAX_DAYS));
                }
            }
            if (v.isEmpty() && firstSlotFrom(startsAt).isEmpty()) {
                v.add(Violation.of("times", "noSlot"));
            }
        }
        return v;
    }

    /** The first slot at or after {@code t}, if any is left. */
    public Optional<Instant> firstSlotFrom(Instant t) {
        if (recurrence == Recurrence.ONCE) {
            return startsAt.isBefore(expiresAt) && !startsAt.isBefore(t) ? Optional.of(startsAt) : Optional.empty();
        }
        List<Instant> s = slots(t, expiresAt, 1);
        return s.isEmpty() ? Optional.empty() : Optional.of(s.get(0));
    }

    /** The slots in [from, to), at most {@code limit}. */
    public List<Instant> slots(Instant from, Instant to, int limit) {
        List<Instant> out = new ArrayList<>();
        if (recurrence == Recurrence.ONCE) {
            if (!startsAt.isBefore(from) && startsAt.isBefore(to) && startsAt.isBefore(expiresAt)) {
                out.add(startsAt);
            }
            return out;
        }
        Instant start = from.isBefore(startsAt) ? startsAt : from;
        Instant end = to.isAfter(expiresAt) ? expiresAt : to;
        LocalDate last = repeatUntil == null ? start.atZone(ZONE).toLocalDate() : repeatUntil;
        Set<DayOfWeek> d = days();
        List<LocalTime> ts = times();
        for (LocalDate day = start.atZone(ZONE).toLocalDate(); !day.isAfter(last) && out.size() < limit; day = day.plusDays(1)) {
            if (recurrence == Recurrence.WEEKLY && !d.contains(day.getDayOfWeek())) {
                continue;
            }
            for (LocalTime time : ts) {
                Instant slot = day.atTime(time).atZone(ZONE).toInstant();
                if (!slot.isBefore(start) && slot.isBefore(end) && out.size() < limit) {
                    out.add(slot);
                }
            }
            if (!day.atStartOfDay(ZONE).toInstant().isBefore(end)) {
                break;
            }
        }
        return out;
    }

    /** When a delivery for this slot stops being worth playing. */
    public Instant slotExpiry(Instant slot) {
        if (recurrence == Recurrence.ONCE) {
            return expiresAt;
        }
        Instant stale = slot.plus(SLOT_VALIDITY);
        return stale.isBefore(expiresAt) ? stale : expiresAt;
    }

    public Set<DayOfWeek> days() {
        if (days == null || days.isBlank()) {
            return EnumSet.noneOf(DayOfWeek.class);
        }
        return Arrays.stream(days.split(",")).map(DayOfWeek::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class)));
    }

    public List<LocalTime> times() {
        if (times == null || times.isBlank()) {
            return List.of();
        }
        return Arrays.stream(times.split(",")).map(LocalTime::parse).sorted().toList();
    }

    /** "06:00, 17:30" → times; a wrong entry is reported, not guessed. */
    public static List<LocalTime> parseTimes(String text) throws DateTimeParseException {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).filter(s -> !s.isBlank()).map(String::strip)
                .map(s -> LocalTime.parse(s.length() == 4 ? "0" + s : s)).toList();
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Recurrence recurrence() {
        return recurrence;
    }

    public LocalDate repeatUntil() {
        return repeatUntil;
    }
}
