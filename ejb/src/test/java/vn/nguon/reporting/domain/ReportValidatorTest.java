package vn.nguon.reporting.domain;

import org.junit.jupiter.api.Test;
import vn.nguon.reporting.domain.ReportValidator.Mode;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nguon.reporting.infrastructure.TemplateParserTest.shipped;
import vn.nguon.kernel.Violation;

class ReportValidatorTest {

    private final ReportTemplate t = shipped("ttcs-2021-2025.json");

    private static List<String> codes(List<Violation> vs) {
        return vs.stream().map(v -> v.field() + ":" + v.code()).toList();
    }

    @Test
    void anEmptyDraftIsFineButNotComplete() {
        assertEquals(List.of(), ReportValidator.validate(t, Map.of(), Mode.DRAFT));
        List<Violation> complete = ReportValidator.validate(t, Map.of(), Mode.COMPLETE);
        assertTrue(codes(complete).contains("section:A:required"));
        assertTrue(codes(complete).contains("PL01.cum_loa.sau:required"));
        assertTrue(codes(complete).stream().noneMatch(c -> c.startsWith("section:B.I.3")), "B.I.3 is optional");
    }

    @Test
    void typesAndRangesAreChecked() {
        var vs = ReportValidator.validate(t, Map.of(
                "PL01.cum_loa.sau", "ba mươi",
                "PL01.thon.sau", "12.5",
                "PL01.co_dai.sau", "có lẽ",
                "PL03.ty_le_dao_tao.gt", "120",
                "PL03.luot_tap_huan.gt", "-1",
                "PL01.khong_co.sau", "1"), Mode.DRAFT);
        assertEquals(List.of("PL01.khong_co.sau:unknownField", "PL01.co_dai.sau:notYesNo", "PL01.cum_loa.sau:notNumber",
                "PL01.thon.sau:notInteger", "PL03.luot_tap_huan.gt:tooSmall", "PL03.ty_le_dao_tao.gt:tooLarge"), codes(vs));
    }

    @Test
    void crossFieldRulesApplyPerColumnWhereTheyFail() {
        var vs = ReportValidator.validate(t, Map.of(
                "PL01.cum_loa.truoc", "30", "PL01.cum_loa_ip.truoc", "6",
                "PL01.cum_loa.sau", "35", "PL01.cum_loa_ip.sau", "36"), Mode.DRAFT);
        assertEquals(List.of("PL01.cum_loa_ip.sau:rule"), codes(vs));
        assertEquals("Số cụm loa ứng dụng CNTT-VT không được lớn hơn tổng số cụm loa", vs.get(0).args().get(0));
    }

    @Test
    void vietnameseDecimalCommaIsAccepted() {
        assertEquals(List.of(), ReportValidator.validate(t, Map.of("PL03.ty_le_dao_tao.gt", "87,5"), Mode.DRAFT));
    }

    @Test
    void aProvincesReportHoldsRollUpsNotCommuneFigures() {
        Map<String, String> rolledUp = Map.of(
                "PL01.co_dai.sau", "8",               // 8 communes answered "có"
                "PL03.cong_chuc_vhxh.gt", "278",      // summed over 38 communes, above a commune's 100
                "PL03.ty_le_dao_tao.gt", "87.5");     // an average of percentages
        assertEquals(List.of(), ReportValidator.validate(t, rolledUp, Mode.DRAFT, vn.nguon.org.domain.UnitLevel.PROVINCE));
        assertEquals(List.of(), ReportValidator.validate(t, rolledUp, Mode.DRAFT, vn.nguon.org.domain.UnitLevel.MINISTRY));
        assertEquals(List.of("PL01.co_dai.sau:notYesNo", "PL03.cong_chuc_vhxh.gt:tooLarge"),
                codes(ReportValidator.validate(t, rolledUp, Mode.DRAFT)), "the same figures from a commune are wrong");
        // ... and a province's own figures are still checked: a count is a number, not below 0; a percentage at most 100
        List<String> wrong = codes(ReportValidator.validate(t, Map.of("PL01.co_dai.sau", "có", "PL03.ty_le_dao_tao.gt", "120",
                "PL03.cong_chuc_vhxh.gt", "-1"), Mode.DRAFT, vn.nguon.org.domain.UnitLevel.PROVINCE));
        assertEquals(List.of("PL01.co_dai.sau:notNumber", "PL03.cong_chuc_vhxh.gt:tooSmall", "PL03.ty_le_dao_tao.gt:tooLarge"),
                wrong.stream().sorted().toList());
    }
}
