package vn.nguon.reports.format;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlaceAndDateTest {

    @ParameterizedTest
    @CsvSource({
            "2025-10-08, 'Bình Lư, ngày 08 tháng 10 năm 2025'",
            "2026-02-05, 'Bình Lư, ngày 05 tháng 02 năm 2026'",
            "2026-01-31, 'Bình Lư, ngày 31 tháng 01 năm 2026'",
            "2026-03-09, 'Bình Lư, ngày 09 tháng 3 năm 2026'",
            "2026-12-25, 'Bình Lư, ngày 25 tháng 12 năm 2026'",
    })
    void followsTheDecreesZeroPaddingRule(LocalDate date, String expected) {
        assertEquals(expected, PlaceAndDate.format(" Bình Lư ", date));
    }
}
