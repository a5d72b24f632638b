package vn.nguon.org.domain;

import org.junit.jupiter.api.Test;
import vn.nguon.org.application.UnitView;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OrgUnitTest {

    private final OrgUnit ministry = new OrgUnit("BVHTTDL", "Văn hóa, Thể thao và Du lịch", "Bộ", UnitLevel.MINISTRY, null);
    private final OrgUnit laiChau = new OrgUnit("12", "Lai Châu", "Tỉnh", UnitLevel.PROVINCE, ministry);
    private final OrgUnit quangNgai = new OrgUnit("51", "Quảng Ngãi", "Tỉnh", UnitLevel.PROVINCE, ministry);
    private final OrgUnit binhLu = new OrgUnit("03390", "Bình Lư", "Xã", UnitLevel.COMMUNE, laiChau);

    @Test
    void chainRunsUpToTheMinistry() {
        assertEquals(List.of(binhLu, laiChau, ministry), binhLu.chain());
    }

    @Test
    void viewShowsTheParentChainWithoutTheMinistry() {
        UnitView v = UnitView.of(binhLu);
        assertEquals("Xã Bình Lư", v.fullName());
        assertEquals("Xã Bình Lư — Tỉnh Lai Châu", v.chainText());
        assertEquals("Tỉnh Lai Châu", UnitView.of(laiChau).chainText());
        assertEquals("Bộ Văn hóa, Thể thao và Du lịch", UnitView.of(ministry).chainText());
    }

    @Test
    void ancestryDecidesWhatAUnitMaySee() {
        assertTrue(ministry.oversees(binhLu));
        assertTrue(laiChau.oversees(binhLu));
        assertTrue(binhLu.oversees(binhLu));
        assertFalse(quangNgai.oversees(binhLu));
        assertFalse(binhLu.oversees(laiChau));
    }
}
