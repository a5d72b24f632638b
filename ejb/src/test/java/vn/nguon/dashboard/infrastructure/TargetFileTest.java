package vn.nguon.dashboard.infrastructure;

import org.junit.jupiter.api.Test;
import vn.nguon.dashboard.domain.Indicator;
import vn.nguon.dashboard.domain.Target;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TargetFileTest {

    static List<Target> read(String json) {
        return TargetFile.read("t.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> problems(String json) {
        return assertThrows(TargetFile.Malformed.class, () -> read(json)).problems();
    }

    @Test
    void theShippedTargetsLoad() throws Exception {
        try (InputStream in = TargetFileTest.class.getResourceAsStream("/vn/nguon/dashboard/targets-qd135.json")) {
            List<Target> all = TargetFile.read("targets-qd135.json", in);
            assertEquals(12, all.size());
            assertTrue(all.stream().allMatch(t -> t.owner() == null && t.source().contains("135")));
            assertTrue(all.stream().anyMatch(t -> t.indicator() == Indicator.WEBSITE && t.year() == 2025 && t.value().intValue() == 70));
        }
    }

    @Test
    void aProvincesStricterTargetIsItsOwn() {
        List<Target> t = read("""
                {"owner": "15", "targets": [{"indicator": "WEBSITE", "level": "PROVINCE", "year": 2025, "value": 90, "comparison": ">=",
                 "source": "Kế hoạch của UBND tỉnh Lào Cai"}]}""");
        assertEquals("15", t.get(0).owner());
        assertTrue(t.get(0).met(new BigDecimal("90")));
        assertFalse(t.get(0).met(new BigDecimal("89.9")));
        assertFalse(t.get(0).met(null), "no data meets nothing");
        assertEquals("≥ 90 % (2025)", t.get(0).text());
    }

    @Test
    void atMostMeansAtMost() {
        Target t = read("""
                {"targets": [{"indicator": "DEVICES_ONLINE", "level": "COMMUNE", "year": 2030, "value": 5, "comparison": "<=", "source": "x"}]}""").get(0);
        assertTrue(t.met(new BigDecimal("5")));
        assertFalse(t.met(new BigDecimal("5.1")));
    }

    @Test
    void aMalformedFileIsRefusedWithEveryProblemByEntryAndField() {
        List<String> p = problems("""
                {"owner": "Lào Cai", "targets": [
                  {"indicator": "WEBSITES", "level": "PROVINCE", "year": 2025, "value": 70, "comparison": ">=", "source": "x"},
                  {"indicator": "WEBSITE", "level": "DISTRICT", "year": 1999, "value": 170, "comparison": "=", "source": " ", "colour": "red"},
                  7]}""");
        assertEquals(List.of(
                "t.json: owner: a province's two-digit code, or null for the ministry",
                "t.json: targets[0].indicator: one of " + java.util.Arrays.toString(Indicator.values()),
                "t.json: targets[1].colour: unknown field",
                "t.json: targets[1].level: one of [PROVINCE, COMMUNE]",
                "t.json: targets[1].year: a year between 2020 and 2050",
                "t.json: targets[1].value: a percentage between 0 and 100",
                "t.json: targets[1].comparison: \">=\" or \"<=\"",
                "t.json: targets[1].source: the document the target comes from is required",
                "t.json: targets[2]: not an object"), p);
        assertEquals(List.of("t.json: targets: a non-empty list is required"), problems("{\"targets\": []}"));
        assertTrue(problems("{").get(0).startsWith("t.json: not JSON"));
        assertEquals(List.of("t.json: not a JSON object"), problems("[]"));
    }
}
