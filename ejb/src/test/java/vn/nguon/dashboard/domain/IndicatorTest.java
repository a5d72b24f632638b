package vn.nguon.dashboard.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IndicatorTest {

    static Map<String, String> report(String station, String ip, int villages, int covered, int ipClusters, String web, int boards, int trained) {
        Map<String, String> v = new HashMap<>();
        v.put(Indicator.STATION, station);
        v.put(Indicator.STATION_IP, ip);
        v.put(Indicator.VILLAGES, String.valueOf(villages));
        v.put(Indicator.VILLAGES_COVERED, String.valueOf(covered));
        v.put(Indicator.CLUSTERS_IP, String.valueOf(ipClusters));
        v.put(Indicator.WEB, web);
        v.put(Indicator.BOARDS, String.valueOf(boards));
        v.put(Indicator.TRAINED, String.valueOf(trained));
        return v;
    }

    static CommuneFigures commune(String code, boolean ward, Map<String, String> reported) {
        CommuneFigures.Builder b = new CommuneFigures.Builder(code, ward, "12");
        if (reported != null) {
            b.report(1, "kỳ", java.time.LocalDate.of(2025, 9, 30));
            reported.forEach(b::value);
        }
        return b.build();
    }

    @Test
    void eachReportedIndicatorReadsItsFields() {
        Map<String, String> full = report("có", "không", 12, 12, 5, "có", 0, 80);
        assertArrayEquals(new long[]{1, 1}, Indicator.RADIO_ALL_VILLAGES.reported(full, false));
        assertArrayEquals(new long[]{0, 1}, Indicator.RADIO_ALL_VILLAGES.reported(report("có", "có", 12, 11, 5, "có", 1, 80), false),
                "one village without loudspeakers");
        assertArrayEquals(new long[]{0, 1}, Indicator.RADIO_ALL_VILLAGES.reported(report("không", "không", 12, 12, 0, "có", 1, 80), false),
                "no station");
        assertArrayEquals(new long[]{1, 1}, Indicator.WEBSITE.reported(full, false));
        assertArrayEquals(new long[]{0, 1}, Indicator.EBOARD_COMMUNES.reported(full, false));
        assertNull(Indicator.EBOARD_WARDS.reported(full, false), "a commune is not counted among wards");
        assertArrayEquals(new long[]{0, 1}, Indicator.IP_STATIONS.reported(full, false));
        assertArrayEquals(new long[]{0, 0}, Indicator.IP_STATIONS.reported(report("không", "không", 3, 0, 0, "có", 0, 0), false),
                "no station: nothing to convert");
        assertArrayEquals(new long[]{5, 12}, Indicator.IP_VILLAGES.reported(full, false));
        assertArrayEquals(new long[]{12, 12}, Indicator.IP_VILLAGES.reported(report("có", "có", 12, 12, 40, "có", 1, 80), false),
                "at most one cluster counted per village");
        assertArrayEquals(new long[]{80, 100}, Indicator.STAFF_TRAINED.reported(full, false));
    }

    @Test
    void whatTheReportDoesNotSayIsNotKnown() {
        assertNull(Indicator.WEBSITE.reported(Map.of(), false));
        assertNull(Indicator.WEBSITE.reported(null, false));
        assertNull(Indicator.WEBSITE.reported(Map.of(Indicator.WEB, "có lẽ"), false), "not an answer");
        assertNull(Indicator.IP_VILLAGES.reported(Map.of(Indicator.VILLAGES, "12"), false), "a field missing");
        assertNull(Indicator.STAFF_TRAINED.reported(Map.of(Indicator.TRAINED, "nhiều"), false));
        assertNull(Indicator.FEEDBACK_PROCESSED.reported(report("có", "có", 1, 1, 1, "có", 1, 1), false), "a live indicator");
    }

    @Test
    void aUnitsFigureSumsItsCommunesAndSaysWhatIsMissing() {
        List<CommuneFigures> communes = List.of(
                commune("1", false, report("có", "có", 10, 10, 10, "có", 2, 100)),
                commune("2", false, report("có", "không", 10, 8, 2, "không", 0, 50)),
                commune("3", true, report("có", "có", 4, 4, 4, "có", 1, 90)),
                commune("4", false, null)); // no accepted report
        Figure radio = Figure.of(Indicator.RADIO_ALL_VILLAGES, communes);
        assertEquals(2, radio.numerator());
        assertEquals(3, radio.denominator());
        assertEquals(new BigDecimal("66.7"), radio.percent());
        assertTrue(radio.partial());
        assertEquals(3, radio.communesCounted());
        assertEquals(4, radio.communes());
        Figure villages = Figure.of(Indicator.IP_VILLAGES, communes);
        assertEquals(new BigDecimal("66.7"), villages.percent(), "16 of 24 villages, not the mean of the communes' shares");
        Figure boards = Figure.of(Indicator.EBOARD_COMMUNES, communes);
        assertEquals(3, boards.communes(), "the ward is not a commune here");
        assertEquals(new BigDecimal("50.0"), boards.percent());
        assertEquals(new BigDecimal("100.0"), Figure.of(Indicator.EBOARD_WARDS, communes).percent());
        assertFalse(Figure.of(Indicator.EBOARD_WARDS, communes).partial());
    }

    @Test
    void noDataIsNotZero() {
        Figure none = Figure.of(Indicator.WEBSITE, List.of(commune("4", false, null)));
        assertNull(none.percent());
        assertFalse(none.known());
        assertNull(Figure.of(Indicator.WEBSITE, List.of()).percent(), "a unit with no communes yet");
        assertNull(Figure.of(Indicator.FEEDBACK_PROCESSED, List.of(commune("1", false, null))).percent(), "no feedback received");
    }

    @Test
    void liveFiguresComeFromDevicesAndFeedback() {
        CommuneFigures c = new CommuneFigures.Builder("1", false, "12").devices("LOUDSPEAKER_CLUSTER", 6, 5).devices("EBOARD", 2, 1)
                .feedback(10, 9).value(Indicator.CLUSTERS_IP, "10").report(1, "kỳ", java.time.LocalDate.of(2025, 9, 30)).build();
        assertArrayEquals(new long[]{6, 8}, c.part(Indicator.DEVICES_ONLINE));
        assertArrayEquals(new long[]{9, 10}, c.part(Indicator.FEEDBACK_PROCESSED));
        assertEquals(6, c.clustersRegistered());
        assertTrue(c.disagrees(), "10 IP clusters reported, 6 registered");
        assertFalse(new CommuneFigures.Builder("2", false, "12").devices("LOUDSPEAKER_CLUSTER", 3, 3).build().disagrees(),
                "nothing reported: nothing to disagree with");
    }
}
