package vn.nguon.reports.document;

import java.util.ArrayList;
import java.util.List;

/** A realistic commune report, with the hard Vietnamese letters and a narrative long enough to flow over pages. */
public final class Samples {

    public static final String HARD = "Thôn Đắk Lắk mỗi ngày; Thừa Thiên Huế; những cụm loa hỗ trợ; ẴNG Ẵng, bặt tăm; "
            + "ỗ ữ Ẵ ặ ƯỚC ơn; Nguyễn Thị Nhàn; Ỷ Ỹ ỵ Ỡ ợ";

    private Samples() {
    }

    public static OfficialDocument communeReport(boolean draft, int annexRows) {
        List<OfficialDocument.Part> parts = new ArrayList<>();
        parts.add(new OfficialDocument.Part("I. TÌNH HÌNH TỔ CHỨC THỰC HIỆN ĐỀ ÁN", null));
        parts.add(new OfficialDocument.Part("1. Việc ban hành kế hoạch, chương trình, văn bản chỉ đạo",
                ("UBND xã Bình Lư đã quan tâm chỉ đạo triển khai thực hiện các nhiệm vụ về thông tin cơ sở gắn với "
                        + "chuyển đổi số và ứng dụng công nghệ thông tin trong hoạt động tuyên truyền tại địa phương. ").repeat(12)));
        parts.add(new OfficialDocument.Part("2. Những chữ khó", HARD));
        for (int i = 3; i <= 8; i++) {
            parts.add(new OfficialDocument.Part(i + ". Kết quả nhiệm vụ " + i,
                    ("Hệ thống truyền thanh cơ sở được duy trì, hoạt động ổn định; các cụm loa ứng dụng công nghệ "
                            + "thông tin - viễn thông phát huy hiệu quả. ").repeat(8)));
        }
        List<OfficialDocument.Row> rows = new ArrayList<>();
        for (int i = 1; i <= annexRows; i++) {
            rows.add(new OfficialDocument.Row(String.valueOf(i), "Số cụm loa truyền thanh ứng dụng CNTT-VT loại " + i,
                    "cụm", List.of(String.valueOf(i * 3), String.valueOf(i * 4))));
        }
        return new OfficialDocument("ỦY BAN NHÂN DÂN\nXÃ BÌNH LƯ", draft ? null : "149/BC-UBND",
                "Bình Lư, ngày 08 tháng 10 năm 2025", "BÁO CÁO",
                "Tổng kết Chiến lược phát triển lĩnh vực thông tin cơ sở giai đoạn 2021 - 2025",
                parts, "Trên đây là Báo cáo tổng kết của Ủy ban nhân dân xã Bình Lư./.",
                List.of("Sở VH-TT-DL (B/c);", "TT: Đảng ủy, HĐND xã (B/c);", "Chủ tịch, P. CT UBND xã;", "Lưu: VT."),
                "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH", "Nguyễn Thị Nhàn",
                List.of(new OfficialDocument.Annex("Phụ lục 01", "SỐ LIỆU HỆ THỐNG TRUYỀN THANH CẤP XÃ",
                                List.of("Trước 01/7/2025", "Sau 01/7/2025"), rows),
                        new OfficialDocument.Annex("Phụ lục 02", "TRANG THÔNG TIN ĐIỆN TỬ", List.of("Giá trị"),
                                List.of(new OfficialDocument.Row("1", "Có trang thông tin điện tử", "", List.of("có"))))),
                draft);
    }
}
