package vn.nguon.reporting.domain;

import org.junit.jupiter.api.Test;
import vn.nguon.reporting.domain.ReportValidator.Mode;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nguon.reporting.infrastructure.TemplateParserTest.shipped;

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
}
