package vn.nguon.sources.application;

import org.junit.jupiter.api.Test;
import vn.nguon.broadcast.domain.BulletinData;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.UnitLevel;
import vn.nguon.sources.domain.SourceData;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a commune's relay airs of an item: its Vietnamese version (or body), and the language versions meant for it. */
class RelayVersionsTest {

    static final OrgUnit MINISTRY = new OrgUnit("BVHTTDL", "Văn hóa, Thể thao và Du lịch", "Bộ", UnitLevel.MINISTRY, null);
    static final OrgUnit LAI_CHAU = new OrgUnit("12", "Lai Châu", "Tỉnh", UnitLevel.PROVINCE, MINISTRY);
    static final OrgUnit BINH_LU = new OrgUnit("03390", "Bình Lư", "Xã", UnitLevel.COMMUNE, LAI_CHAU);
    static final OrgUnit PHONG_THO = new OrgUnit("03394", "Phong Thổ", "Xã", UnitLevel.COMMUNE, LAI_CHAU);

    static SourceData item(String body, List<SourceData.Version> versions) {
        return new SourceData("Rét đậm", "Tóm tắt ngắn", body, "nong-nghiep", List.of(), LocalDate.of(2026, 12, 6), null, List.of(),
                List.of("vi", "hmn", "tyz"), versions, null, null, List.of());
    }

    @Test
    void withoutVersionsTheBodyIsReadOrItsSummaryWhenTooLong() {
        assertEquals(List.of(new BulletinData.Version("vi", "Nội dung", null, List.of())),
                SourceLibrary.relayVersions(item("Nội dung", List.of()), BINH_LU));
        assertEquals("Tóm tắt ngắn", SourceLibrary.relayVersions(item("x".repeat(10_001), List.of()), BINH_LU).get(0).text());
    }

    @Test
    void theVietnameseVersionAndTheLanguagesMeantForTheCommuneAreCarried() {
        SourceData d = item("Nội dung", List.of(
                new SourceData.Version("vi", "Lời đọc", 7L, List.of()),
                new SourceData.Version("hmn", "Cov lus", 8L, List.of("03390")),   // Bình Lư itself
                new SourceData.Version("tyz", "Tày", null, List.of("12"))));      // the whole province
        assertEquals(List.of(new BulletinData.Version("vi", "Lời đọc", 7L, List.of()),
                new BulletinData.Version("hmn", "Cov lus", 8L, List.of("03390")),
                new BulletinData.Version("tyz", "Tày", null, List.of("03390"))), SourceLibrary.relayVersions(d, BINH_LU));
        assertEquals(List.of(new BulletinData.Version("vi", "Lời đọc", 7L, List.of()),
                new BulletinData.Version("tyz", "Tày", null, List.of("03394"))), SourceLibrary.relayVersions(d, PHONG_THO),
                "the Hmong version is not meant for Phong Thổ");
    }
}
