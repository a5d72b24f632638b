package vn.nguon.broadcast.domain;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScheduleTest {

    static Instant vn(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Schedule.ZONE).toInstant();
    }

    static List<String> codes(Schedule s, Instant now) {
        return s.problems(now).stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void weeklySlotsFallOnTheChosenDaysAtVietnamTime() {
        Schedule s = new Schedule(vn("2026-11-23T00:00"), vn("2026-12-31T23:00"), Recurrence.WEEKLY,
                Set.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY), List.of(LocalTime.of(17, 30), LocalTime.of(6, 0)), LocalDate.parse("2026-12-03"));
        List<Instant> slots = s.slots(vn("2026-11-23T00:00"), vn("2027-01-01T00:00"), 100);
        assertEquals(List.of(vn("2026-11-23T06:00"), vn("2026-11-23T17:30"), vn("2026-11-26T06:00"), vn("2026-11-26T17:30"),
                vn("2026-11-30T06:00"), vn("2026-11-30T17:30"), vn("2026-12-03T06:00"), vn("2026-12-03T17:30")), slots);
        assertEquals(vn("2026-11-26T06:00"), s.firstSlotFrom(vn("2026-11-23T17:31")).orElseThrow());
        assertTrue(s.firstSlotFrom(vn("2026-12-03T17:31")).isEmpty(), "nothing after repeatUntil");
        assertEquals(vn("2026-11-23T07:00"), s.slotExpiry(vn("2026-11-23T06:00")), "a recurring slot is stale after an hour");
    }

    @Test
    void dailySlotsStopAtExpiry() {
        Schedule s = new Schedule(vn("2026-11-23T06:30"), vn("2026-11-25T12:00"), Recurrence.DAILY, null,
                List.of(LocalTime.of(6, 0), LocalTime.of(11, 0)), LocalDate.parse("2026-12-31"));
        assertEquals(List.of(vn("2026-11-23T11:00"), vn("2026-11-24T06:00"), vn("2026-11-24T11:00"), vn("2026-11-25T06:00"),
                vn("2026-11-25T11:00")), s.slots(Instant.EPOCH, vn("2030-01-01T00:00"), 100));
        assertEquals(vn("2026-11-25T12:00"), s.slotExpiry(vn("2026-11-25T11:30")), "never past the bulletin's expiry");
    }

    @Test
    void oneOffPlaysAtItsTimeUntilItExpires() {
        Schedule s = Schedule.once(vn("2026-11-23T07:00"), vn("2026-11-23T19:00"));
        assertEquals(List.of(vn("2026-11-23T07:00")), s.slots(vn("2026-11-23T00:00"), vn("2026-11-24T00:00"), 10));
        assertEquals(vn("2026-11-23T19:00"), s.slotExpiry(vn("2026-11-23T07:00")));
    }

    @Test
    void problemsAreNamedByField() {
        Instant now = vn("2026-11-23T08:00");
        assertEquals(List.of("expiresAt:expiresBeforeStart"), codes(Schedule.once(vn("2026-11-23T09:00"), vn("2026-11-23T09:00")), now));
        assertEquals(List.of("expiresAt:expiresInPast"), codes(Schedule.once(vn("2026-11-23T06:00"), vn("2026-11-23T07:00")), now));
        assertEquals(List.of("startsAt:required", "expiresAt:required"), codes(Schedule.once(null, null), now));
        assertEquals(List.of("times:required", "days:required", "repeatUntil:required"),
                codes(new Schedule(now, now.plusSeconds(86400), Recurrence.WEEKLY, null, null, null), now));
        assertEquals(List.of("repeatUntil:untilBeforeStart"), codes(new Schedule(now, now.plusSeconds(86400), Recurrence.DAILY, null,
                List.of(LocalTime.NOON), LocalDate.parse("2026-11-01")), now));
        assertEquals(List.of("times:noSlot"), codes(new Schedule(vn("2026-11-23T12:30"), vn("2026-11-23T13:00"), Recurrence.DAILY, null,
                List.of(LocalTime.NOON), LocalDate.parse("2026-11-23")), now));
    }

    @Test
    void timesAreReadLeniently() {
        assertEquals(List.of(LocalTime.of(6, 0), LocalTime.of(17, 30)), Schedule.parseTimes("6:00, 17:30"));
    }
}
