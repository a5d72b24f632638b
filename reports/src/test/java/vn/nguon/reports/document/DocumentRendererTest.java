package vn.nguon.reports.document;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Golden checks of the rendered PDF with poppler-utils: the text exactly as entered, every font embedded, the layout's parts present. */
class DocumentRendererTest {

    static DocumentRenderer renderer;
    static RenderedPdf pdf;
    static String text;

    @BeforeAll
    static void render() {
        renderer = new DocumentRenderer();
        pdf = renderer.pdf(Samples.communeReport(false, 40));
        text = Poppler.run("pdftotext", pdf.pdf(), "-layout", "-enc", "UTF-8");
        keep("commune-report.pdf", pdf.pdf());
    }

    /** Keeps what the tests rendered in target/documents, for a person to look at. */
    static void keep(String name, byte[] bytes) {
        try {
            java.nio.file.Path dir = java.nio.file.Path.of("target/documents");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.write(dir.resolve(name), bytes);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void everyVietnameseWordComesBackExactly() {
        String raw = Poppler.run("pdftotext", pdf.pdf(), "-enc", "UTF-8").replaceAll("\\s+", " ");
        for (String word : Samples.HARD.split("[;\\s]+")) {
            assertTrue(raw.contains(word), "pdftotext lost \"" + word + "\"");
        }
        assertTrue(raw.contains("Thôn Đắk Lắk mỗi ngày; Thừa Thiên Huế;"), "a phrase intact");
    }

    @Test
    void theLayoutOfDecree30() {
        assertTrue(text.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), text);
        assertTrue(text.contains("Độc lập - Tự do - Hạnh phúc"));
        assertTrue(text.contains("ỦY BAN NHÂN DÂN"));
        assertTrue(text.contains("XÃ BÌNH LƯ"));
        assertTrue(text.contains("Số: 149/BC-UBND"));
        assertTrue(text.contains("Bình Lư, ngày 08 tháng 10 năm 2025"));
        assertTrue(text.contains("BÁO CÁO"));
        assertTrue(text.contains("Nơi nhận:"));
        assertTrue(text.contains("- Lưu: VT."));
        assertTrue(text.contains("TM. ỦY BAN NHÂN DÂN"));
        assertTrue(text.contains("KT. CHỦ TỊCH"));
        assertTrue(text.contains("PHÓ CHỦ TỊCH"));
        assertTrue(text.contains("Nguyễn Thị Nhàn"));
        assertTrue(text.contains("PHỤ LỤC 01"));
        assertTrue(text.contains("(Kèm theo Báo cáo số 149/BC-UBND)"));
        assertFalse(text.contains("BẢN NHÁP"), "a signed document has no draft watermark");
    }

    @Test
    void theNarrativeFlowsAndTheAnnexHeaderRepeats() {
        String[] pages = text.split("\f");
        assertTrue(pages.length >= 4, "body over several pages, annexes on their own: " + pages.length);
        long headers = java.util.Arrays.stream(pages).filter(p -> p.contains("Chỉ tiêu") && p.contains("Đơn vị tính")).count();
        assertTrue(headers >= 3, "annex table header on each of its pages (Phụ lục 01 spans 2+) and on Phụ lục 02: " + headers);
        String info = Poppler.run("pdfinfo", pdf.pdf());
        assertTrue(info.contains("595.276 x 841.89") || info.contains("595 x 842"), "A4: " + info);
    }

    @Test
    void everyFontIsEmbedded() {
        String fonts = Poppler.run("pdffonts", pdf.pdf());
        String[] lines = fonts.split("\n");
        int rows = 0;
        for (String line : lines) {
            if (line.startsWith("---") || line.startsWith("name") || line.startsWith("exit=") || line.isBlank()) {
                continue;
            }
            rows++;
            // columns: name type encoding emb sub uni object ID
            String[] cols = line.trim().split("\\s+");
            String emb = cols[cols.length - 5];
            assertEquals("yes", emb, "not embedded: " + line);
            assertTrue(line.contains("LiberationSerif"), "only the shipped serif: " + line);
        }
        assertTrue(rows >= 2, fonts);
    }

    @Test
    void theStampBoxIsInTheSignatureBlockOnTheLastBodyPage() {
        assertTrue(pdf.width() > 150 && pdf.height() > 40, pdf.toString());
        assertTrue(pdf.x() > 250, "right half of the page: " + pdf.x());
        assertTrue(pdf.y() > 57 && pdf.y() < 842 - 57, "inside the margins: " + pdf.y());
    }

    @Test
    void aDraftPreviewIsWatermarked() {
        RenderedPdf draft = renderer.pdf(Samples.communeReport(true, 3));
        keep("draft-preview.pdf", draft.pdf());
        String t = Poppler.run("pdftotext", draft.pdf(), "-enc", "UTF-8");
        assertTrue(t.contains("BẢN NHÁP"), t);
    }

    @Test
    void theAnnexesExportToXlsx() throws Exception {
        byte[] xlsx = renderer.xlsx(Samples.communeReport(false, 5));
        keep("annexes.xlsx", xlsx);
        StringBuilder sheets = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/sharedStrings.xml") || e.getName().equals("xl/workbook.xml")) {
                    sheets.append(new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(sheets.toString().contains("Số cụm loa truyền thanh ứng dụng CNTT-VT loại 5"), sheets.toString());
        assertTrue(sheets.toString().contains("Phụ lục 02"), "one sheet per annex");
    }
}
