package vn.nguon.feedback.domain;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Deadlines in working hours and days: weekends, public holidays, the lunch break, out-of-hours receipt. */
class WorkingCalendarTest {

    static final WorkingCalendar CALENDAR = new WorkingCalendar(Set.of(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 2),
            LocalDate.of(2027, 1, 1)));

    static Instant vn(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(WorkingCalendar.VIETNAM).toInstant();
    }

    @Test
    void fourWorkingHoursSkipTheLunchBreakAndTheNight() {
        // Monday 10:00 + 4 h: 10:00–11:30 (1.5 h), 13:30–16:00 (2.5 h)
        assertEquals(vn(2026, 12, 7, 16, 0), CALENDAR.afterWorkingHours(vn(2026, 12, 7, 10, 0), 4));
        // Monday 16:00 + 4 h: one hour that day, then 07:30–10:30 on Tuesday
        assertEquals(vn(2026, 12, 8, 10, 30), CALENDAR.afterWorkingHours(vn(2026, 12, 7, 16, 0), 4));
        // received at lunch: the clock starts at 13:30
        assertEquals(vn(2026, 12, 7, 15, 30), CALENDAR.afterWorkingHours(vn(2026, 12, 7, 12, 15), 2));
    }

    @Test
    void aWeekendAndHolidaysDoNotCount() {
        // Friday 15:00 + 4 h: 2 h on Friday, the weekend skipped, 2 h on Monday morning
        assertEquals(vn(2026, 12, 14, 9, 30), CALENDAR.afterWorkingHours(vn(2026, 12, 11, 15, 0), 4));
        // Saturday night: from Monday 07:30
        assertEquals(vn(2026, 12, 14, 11, 30), CALENDAR.afterWorkingHours(vn(2026, 12, 12, 22, 0), 4));
        // Monday 31 August 16:00 + 4 h: National Day (1–2 September) skipped, Thursday 3 September 10:30
        assertEquals(vn(2026, 9, 3, 10, 30), CALENDAR.afterWorkingHours(vn(2026, 8, 31, 16, 0), 4));
    }

    @Test
    void tenWorkingDaysEndAtTheCloseOfTheTenthWorkingDayAfterReceipt() {
        // received Monday 7 December: days 8–11, 14–18, 21 → Monday 21 December 17:00
        assertEquals(vn(2026, 12, 21, 17, 0), CALENDAR.afterWorkingDays(vn(2026, 12, 7, 9, 0), 10));
        // received on a Saturday: counting starts Monday
        assertEquals(vn(2026, 12, 14, 17, 0), CALENDAR.afterWorkingDays(vn(2026, 12, 12, 9, 0), 1));
        // over New Year's Day (a Friday in 2027): Thursday 31 December + 1 working day → Monday 4 January
        assertEquals(vn(2027, 1, 4, 17, 0), CALENDAR.afterWorkingDays(vn(2026, 12, 31, 9, 0), 1));
    }

    @Test
    void workingTimeBetweenTwoMoments() {
        assertEquals(Duration.ofHours(4), CALENDAR.workingTimeBetween(vn(2026, 12, 7, 10, 0), vn(2026, 12, 7, 16, 0)));
        assertEquals(Duration.ofMinutes(7 * 60 + 30), CALENDAR.workingTimeBetween(vn(2026, 12, 11, 17, 0), vn(2026, 12, 14, 17, 0)),
                "a whole Monday, the weekend none");
        assertEquals(Duration.ZERO, CALENDAR.workingTimeBetween(vn(2026, 12, 14, 17, 0), vn(2026, 12, 11, 17, 0)));
    }
}
