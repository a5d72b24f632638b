package vn.nguon.dashboard.infrastructure;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which days of a window the dashboards read as whole months, and which one by one. */
class MonthsTest {

    static DashboardData.Months m(String from, String to) {
        return DashboardData.Months.of(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void aPeriodOfWholeMonthsIsReadByMonth() {
        assertEquals(new DashboardData.Months(LocalDate.parse("2024-10-01"), LocalDate.parse("2025-10-01")), m("2024-10-01", "2025-09-30"));
    }

    @Test
    void partialMonthsAtEitherEndAreReadByDay() {
        // 7 Nov … 6 Dec: no whole month; all days
        DashboardData.Months none = m("2026-11-07", "2026-12-06");
        assertEquals(none.first(), none.end());
        // 15 Jan … 20 Apr: February and March whole; the days of January from the 15th and of April to the 20th
        assertEquals(new DashboardData.Months(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-04-01")), m("2026-01-15", "2026-04-20"));
        // a window ending on the last day of February (leap year) takes February whole
        assertEquals(new DashboardData.Months(LocalDate.parse("2024-02-01"), LocalDate.parse("2024-03-01")), m("2024-02-01", "2024-02-29"));
    }
}
