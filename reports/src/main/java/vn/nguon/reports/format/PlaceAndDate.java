package vn.nguon.reports.format;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The "địa danh và thời gian" line of an administrative document, e.g.
 * "Bình Lư, ngày 08 tháng 10 năm 2025".
 * <p>
 * NĐ 30/2020: days below 10 and the months January and February take a leading zero
 * ("ngày 05 tháng 02"); other months do not ("tháng 3").
 */
public final class PlaceAndDate {

    private PlaceAndDate() {
    }

    public static String format(String place, LocalDate date) {
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(date, "date");
        return place.strip() + ", " + date(date);
    }

    /** "ngày 08 tháng 10 năm 2025". */
    public static String date(LocalDate date) {
        int month = date.getMonthValue();
        String mm = month <= 2 ? String.format("%02d", month) : Integer.toString(month);
        return String.format("ngày %02d tháng %s năm %d", date.getDayOfMonth(), mm, date.getYear());
    }
}
