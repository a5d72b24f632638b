package vn.nguon.documents.application;

import org.junit.jupiter.api.Test;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.UnitLevel;
import vn.nguon.reporting.domain.ReportTemplate;
import vn.nguon.reporting.infrastructure.TemplateParser;
import vn.nguon.reports.document.OfficialDocument;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReportDocumentsTest {

    static final OrgUnit MINISTRY = new OrgUnit("BVHTTDL", "Văn hóa, Thể thao và Du lịch", "Bộ", UnitLevel.MINISTRY, null);
    static final OrgUnit LAI_CHAU = new OrgUnit("12", "Lai Châu", "Tỉnh", UnitLevel.PROVINCE, MINISTRY);
    static final OrgUnit BINH_LU = new OrgUnit("03390", "Bình Lư", "Xã", UnitLevel.COMMUNE, LAI_CHAU);

    static ReportTemplate template(String file) {
        return TemplateParser.parse(file, new InputStreamReader(ReportDocumentsTest.class.getClassLoader()
                .getResourceAsStream("vn/nguon/reporting/templates/" + file), StandardCharsets.UTF_8));
    }

    @Test
    void aCommuneReportInTheWordsOfTheDecree() {
        OfficialDocument d = ReportDocuments.compose(template("qd135-soket-2026.json"),
                Map.of("section:I.1", "  Đã ban hành kế hoạch.  ", "section:I.2", " ", "SL.ket_noi_ttn_tinh.gt", "có",
                        "SL.co_trang_ttdt.gt", "không", "SL.cum_ip.gt", "6"),
                "Sơ kết 05 năm thực hiện Quyết định số 135/QĐ-TTg", BINH_LU, "149/BC-UBND", LocalDate.of(2025, 10, 8),
                "Lò Văn Dũng", "PHO_CHU_TICH", false);
        assertEquals("ỦY BAN NHÂN DÂN\nXÃ BÌNH LƯ", d.issuer());
        assertEquals("Số: 149/BC-UBND", d.numberLine());
        assertEquals("Bình Lư, ngày 08 tháng 10 năm 2025", d.placeAndDate());
        assertEquals(1, d.parts().size(), "blank sections are left out");
        assertEquals("Đã ban hành kế hoạch.", d.parts().get(0).text());
        assertTrue(d.parts().get(0).heading().startsWith("I.1."));
        assertEquals("UBND tỉnh Lai Châu (B/c);", d.recipients().get(0));
        assertEquals("Lưu: VT.", d.recipients().get(d.recipients().size() - 1));
        assertEquals("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", d.authority());
        assertEquals("Trên đây là báo cáo sơ kết 05 năm thực hiện Quyết định số 135/QĐ-TTg của Ủy ban nhân dân xã Bình Lư./.",
                d.closing());
        OfficialDocument.Annex annex = d.annexes().get(0);
        assertEquals("Phụ lục 01", annex.heading(), "an annex coded SL is numbered by its place");
        assertTrue(annex.rows().stream().anyMatch(r -> r.values().get(0).equals("Có")), "yes/no in words");
        assertTrue(annex.rows().stream().anyMatch(r -> r.values().get(0).equals("Không")));
        assertTrue(annex.rows().stream().anyMatch(r -> r.values().get(0).equals("6")));
    }

    @Test
    void provinceAndMinistryIssuers() {
        ReportTemplate t = template("ttcs-2021-2025.json");
        OfficialDocument p = ReportDocuments.compose(t, Map.of(), "Tổng kết", LAI_CHAU, "7/BC-UBND",
                LocalDate.of(2026, 2, 5), "Tống Văn Thắng", "CHU_TICH", false);
        assertEquals("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", p.issuer());
        assertEquals("Lai Châu, ngày 05 tháng 02 năm 2026", p.placeAndDate());
        assertEquals("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", p.authority());
        assertEquals("Phụ lục 01", p.annexes().get(0).heading());
        assertEquals(2, p.annexes().get(0).columns().size(), "before / after 01/7/2025");
        OfficialDocument m = ReportDocuments.compose(t, Map.of(), "Tổng kết", MINISTRY, "3/BC-BVHTTDL",
                LocalDate.of(2026, 3, 1), "Trần Quốc Khánh", "THU_TRUONG", false);
        assertEquals("BỘ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH", m.issuer());
        assertTrue(m.placeAndDate().startsWith("Hà Nội, ngày 01 tháng 3 năm 2026"), m.placeAndDate());
        assertEquals("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG", m.authority());
        assertEquals("Thủ tướng Chính phủ (B/c);", m.recipients().get(0));
    }
}
