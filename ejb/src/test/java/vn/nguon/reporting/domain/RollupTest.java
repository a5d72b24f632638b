package vn.nguon.reporting.domain;

import org.junit.jupiter.api.Test;
import vn.nguon.reporting.domain.Rollup.Source;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static vn.nguon.reporting.infrastructure.TemplateParserTest.shipped;

class RollupTest {

    private final ReportTemplate t = shipped("ttcs-2021-2025.json");

    @Test
    void sumsCountsAndAveragesWithPerUnitBreakdown() {
        var cells = Rollup.compute(t, List.of(
                new Source("03390", "Xã Bình Lư", Map.of("PL01.cum_loa.sau", "35", "PL01.co_dai.sau", "có", "PL03.ty_le_dao_tao.gt", "80")),
                new Source("03391", "Xã A", Map.of("PL01.cum_loa.sau", "12", "PL01.co_dai.sau", "không", "PL03.ty_le_dao_tao.gt", "85,5")),
                new Source("03392", "Xã B", Map.of("PL01.co_dai.sau", "true"))));
        assertEquals("47", cells.get("PL01.cum_loa.sau").value());
        assertEquals(Map.of("03390", "35", "03391", "12"), cells.get("PL01.cum_loa.sau").byUnit());
        assertEquals("2", cells.get("PL01.co_dai.sau").value());
        assertEquals("82.75", cells.get("PL03.ty_le_dao_tao.gt").value());
    }

    @Test
    void noAnswersLeaveTheFieldEmptyAndNoUnitsGiveNoCounts() {
        var cells = Rollup.compute(t, List.of());
        assertNull(cells.get("PL01.cum_loa.sau").value());
        assertEquals("0", cells.get("PL01.co_dai.sau").value());
        assertFalse(Rollup.values(cells).containsKey("PL01.cum_loa.sau"));
    }

    @Test
    void sectionsAndNoneRulesAreNotRolledUp() {
        var cells = Rollup.compute(shipped("qd135-soket-2026.json"),
                List.of(new Source("03390", "Xã Bình Lư", Map.of("SL.ghi_chu.gt", "x", "section:IV", "y"))));
        assertFalse(cells.containsKey("SL.ghi_chu.gt"));
        assertFalse(cells.containsKey("section:IV"));
    }

    @Test
    void theMinistrySumsTheProvincesCountsAndTheirRollUpsPassItsChecks() {
        var provinces = List.of(
                new Source("12", "Tỉnh Lai Châu", Map.of("PL01.co_dai.sau", "8", "PL01.cum_loa.sau", "278", "PL03.ty_le_dao_tao.gt", "80")),
                new Source("51", "Tỉnh Quảng Ngãi", Map.of("PL01.co_dai.sau", "30", "PL01.cum_loa.sau", "1200", "PL03.ty_le_dao_tao.gt", "90")));
        var cells = Rollup.compute(t, provinces, vn.nguon.org.domain.UnitLevel.PROVINCE);
        assertEquals("38", cells.get("PL01.co_dai.sau").value(), "38 communes in all answered có");
        assertEquals("1478", cells.get("PL01.cum_loa.sau").value());
        assertEquals("85", cells.get("PL03.ty_le_dao_tao.gt").value());
        assertEquals(List.of(), ReportValidator.validate(t, Rollup.values(cells), ReportValidator.Mode.DRAFT,
                vn.nguon.org.domain.UnitLevel.MINISTRY), "the pre-filled draft saves");
    }
}
