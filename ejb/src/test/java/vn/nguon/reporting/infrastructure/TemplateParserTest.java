package vn.nguon.reporting.infrastructure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.nguon.reporting.domain.ReportTemplate;
import vn.nguon.reporting.infrastructure.TemplateParser.TemplateException;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

public class TemplateParserTest {

    public static ReportTemplate shipped(String file) {
        var in = TemplateParserTest.class.getClassLoader().getResourceAsStream("vn/nguon/reporting/templates/" + file);
        return TemplateParser.parse(file, new InputStreamReader(in, StandardCharsets.UTF_8));
    }

    @Test
    void theStrategyReviewOutlineHasItsThreeAnnexesWithBeforeAndAfterColumns() {
        ReportTemplate t = shipped("ttcs-2021-2025.json");
        assertEquals("TTCS-2021-2025@1", t.id());
        assertEquals(java.util.List.of("PL01", "PL02", "PL03"), t.annexes().stream().map(ReportTemplate.Annex::code).toList());
        assertEquals("Trước 01/7/2025", t.annexes().get(0).columns().get(0).label());
        assertEquals("Sau 01/7/2025", t.annexes().get(0).columns().get(1).label());
        assertTrue(t.fields().containsKey("PL01.cum_loa_ip.sau"));
        assertTrue(t.fields().containsKey("section:D"));
    }

    @Test
    void theQd135ReviewTemplateParses() {
        ReportTemplate t = shipped("qd135-soket-2026.json");
        assertEquals("QD135-SOKET-2026", t.code());
        assertTrue(t.fields().containsKey("SL.cum_ip.gt"));
    }

    private static final String OK_ANNEX = """
            {"code":"PL","title":"P","columns":[{"code":"gt","label":"Số liệu"}],
             "indicators":[{"code":"a","label":"A","type":"INTEGER","rollup":"SUM"},
                           {"code":"b","label":"B","type":"INTEGER","rollup":"SUM"}]%s}""";

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"version\":1,\"title\":\"T\",\"sections\":[]}                                   | t.json: code: missing",
            "{\"code\":\"T\",\"version\":0,\"title\":\"T\",\"sections\":[]}                    | t.json: version: must be a whole number in 1..1000",
            "{\"code\":\"T\",\"version\":1,\"title\":\"T\",\"sections\":[{\"code\":\"A\"}]}    | t.json: sections[0].title: missing",
            "{\"code\":\"T X\",\"version\":1,\"title\":\"T\",\"sections\":[]}                  | t.json: code: 'T X' is not a code",
            "not json                                                                          | t.json: (file): not valid JSON",
    })
    void aMalformedTemplateIsRejectedNamingFileFieldAndProblem(String json, String expected) {
        var e = assertThrows(TemplateException.class, () -> TemplateParser.parse("t.json", new StringReader(json)));
        assertTrue(e.getMessage().startsWith(expected.strip()), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"type\":\"INTEGER\",\"rollup\":\"SUM\"      | \"type\":\"NUMBER\",\"rollup\":\"SUM\"    | annexes[0].indicators[0].type: unknown value 'NUMBER'",
            "\"type\":\"INTEGER\",\"rollup\":\"SUM\"      | \"type\":\"TEXT\",\"rollup\":\"SUM\"      | annexes[0].indicators[0].rollup: SUM needs a numeric type, not TEXT",
            "\"type\":\"INTEGER\",\"rollup\":\"SUM\"      | \"type\":\"INTEGER\",\"rollup\":\"COUNT_YES\" | annexes[0].indicators[0].rollup: COUNT_YES needs type YES_NO",
    })
    void badIndicatorsAreNamed(String good, String bad, String expected) {
        String annex = OK_ANNEX.formatted("").replaceFirst(java.util.regex.Pattern.quote(good.strip()), bad.strip());
        String json = "{\"code\":\"T\",\"version\":1,\"title\":\"T\",\"sections\":[],\"annexes\":[" + annex + "]}";
        var e = assertThrows(TemplateException.class, () -> TemplateParser.parse("t.json", new StringReader(json)));
        assertEquals("t.json: " + expected.strip(), e.getMessage().substring(0, ("t.json: " + expected.strip()).length()));
    }

    @Test
    void aRuleOnAnUnknownIndicatorIsRejected() {
        String annex = OK_ANNEX.formatted(",\"rules\":[{\"left\":\"a\",\"op\":\"LE\",\"right\":\"zz\",\"message\":\"m\"}]");
        String json = "{\"code\":\"T\",\"version\":1,\"title\":\"T\",\"sections\":[],\"annexes\":[" + annex + "]}";
        var e = assertThrows(TemplateException.class, () -> TemplateParser.parse("t.json", new StringReader(json)));
        assertEquals("t.json: annexes[0].rules[0].right: no indicator 'zz' in this annex", e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // a count of yes is a count, not a yes/no
            "\"type\":\"INTEGER\",\"rollup\":\"SUM\" | \"type\":\"YES_NO\",\"rollup\":\"COUNT_YES\",\"upper\":{\"type\":\"YES_NO\"} | annexes[0].indicators[0].upper: a COUNT_YES of YES_NO values is INTEGER, not YES_NO",
            // a sum grows with the number of units: no upper bound can hold
            "\"type\":\"INTEGER\",\"rollup\":\"SUM\" | \"type\":\"INTEGER\",\"rollup\":\"SUM\",\"min\":0,\"max\":100,\"upper\":{\"max\":1000} | annexes[0].indicators[0].upper: an upper bound cannot hold for a SUM",
            // an average of values up to 100 can be 100
            "\"type\":\"INTEGER\",\"rollup\":\"SUM\" | \"type\":\"PERCENT\",\"rollup\":\"AVERAGE\",\"min\":0,\"max\":100,\"upper\":{\"max\":50} | annexes[0].indicators[0].upper: an upper bound of 50 can refuse an average",
            "\"type\":\"INTEGER\",\"rollup\":\"SUM\" | \"type\":\"INTEGER\",\"rollup\":\"SUM\",\"min\":0,\"upper\":{\"min\":5} | annexes[0].indicators[0].upper: a lower bound of 5 can refuse a correct SUM",
    })
    void anUpperLevelMeasureThatCannotHoldIsRefusedAtLoad(String good, String bad, String expected) {
        badIndicatorsAreNamed(good, bad, expected);
    }

    @Test
    void aRuleBetweenASumAndAnAverageIsRefusedAtLoad() {
        String annex = OK_ANNEX.replace("{\"code\":\"b\",\"label\":\"B\",\"type\":\"INTEGER\",\"rollup\":\"SUM\"}",
                        "{\"code\":\"b\",\"label\":\"B\",\"type\":\"INTEGER\",\"rollup\":\"AVERAGE\"}")
                .formatted(",\"rules\":[{\"left\":\"a\",\"op\":\"LE\",\"right\":\"b\",\"message\":\"m\"}]");
        String json = "{\"code\":\"T\",\"version\":1,\"title\":\"T\",\"sections\":[],\"annexes\":[" + annex + "]}";
        var e = assertThrows(TemplateException.class, () -> TemplateParser.parse("t.json", new StringReader(json)));
        assertTrue(e.getMessage().startsWith("t.json: annexes[0].rules[0]: the rule cannot hold at an upper level"), e.getMessage());
    }

    @Test
    void upperLevelMeasuresAreDerivedFromTheRollup() {
        ReportTemplate t = shipped("ttcs-2021-2025.json");
        var pl01 = t.annexes().get(0);
        var hasStation = pl01.indicator("co_dai").orElseThrow().upper();
        assertEquals(vn.nguon.reporting.domain.IndicatorType.INTEGER, hasStation.type(), "a count of communes that answered có");
        assertEquals("đơn vị", hasStation.unit());
        var staff = t.annexes().get(2).indicator("cong_chuc_vhxh").orElseThrow();
        assertEquals(0, staff.max().compareTo(java.math.BigDecimal.valueOf(100)), "a commune has at most 100");
        assertEquals(null, staff.upper().max(), "a province's sum is not capped by the commune's bound");
        var share = t.annexes().get(2).indicator("ty_le_dao_tao").orElseThrow();
        assertEquals(share.commune(), share.upper(), "an average of percentages is a percentage in the same range");
    }
}
