package vn.nguon.shared;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.nguon.kernel.ValidationFailedException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableFileTest {

    static byte[] workbook(java.util.function.Consumer<Sheet> fill) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            fill.accept(wb.createSheet("Tài khoản"));
            wb.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void csvKeepsLineNumbersAndSkipsBlankLines() {
        TableFile t = TableFile.read("\uFEFFUsername;Unit_Code\nan;03390\n\n\"b;c\";12\n".getBytes(StandardCharsets.UTF_8), 10);
        assertEquals(List.of("username", "unit_code"), t.header());
        assertEquals(2, t.rows().size());
        assertEquals(2, t.rows().get(0).line());
        assertEquals(4, t.rows().get(1).line());
        assertEquals(List.of("b;c", "12"), t.rows().get(1).cells());
    }

    @Test
    void xlsxReadsTheFirstSheetAsItShowsWithRowNumbers() throws IOException {
        byte[] file = workbook(s -> {
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("username");
            h.createCell(1).setCellValue("Unit_code");
            h.createCell(2).setCellValue("roles");
            Row a = s.createRow(1);
            a.createCell(0).setCellValue("lo.van.an");
            a.createCell(1).setCellValue(3390); // typed as a number
            a.createCell(2).setCellValue("commune-officer|device-operator");
            // row 3 left empty; row 4 has a gap in the middle and nothing at the end
            Row c = s.createRow(3);
            c.createCell(0).setCellValue("giang.binh");
            c.createCell(3).setCellValue("");
            Row d = s.createRow(4);
            d.createCell(0).setCellFormula("\"ha\"&\"ng\"");
            d.createCell(1).setCellValue("12");
            d.createCell(2).setCellValue("Thị Hoà — Đắk Lắk");
        });
        TableFile t = TableFile.read(file, 10);
        assertEquals(List.of("username", "unit_code", "roles"), t.header());
        assertEquals(3, t.rows().size());
        assertEquals(new TableFile.Row(2, List.of("lo.van.an", "3390", "commune-officer|device-operator")), t.rows().get(0));
        assertEquals(new TableFile.Row(4, List.of("giang.binh", "", "")), t.rows().get(1));
        assertEquals(5, t.rows().get(2).line());
        assertEquals("Thị Hoà — Đắk Lắk", t.rows().get(2).cells().get(2));
    }

    @Test
    void readingStopsOnePastTheLimit() throws IOException {
        byte[] file = workbook(s -> {
            s.createRow(0).createCell(0).setCellValue("username");
            for (int i = 1; i <= 50; i++) {
                s.createRow(i).createCell(0).setCellValue("u" + i);
            }
        });
        TableFile t = TableFile.read(file, 20);
        assertEquals(21, t.rows().size());
        assertTrue(t.tooMany(20));
        assertFalse(TableFile.read(file, 50).tooMany(50));
        StringBuilder csv = new StringBuilder("username\n");
        for (int i = 1; i <= 50; i++) {
            csv.append("u").append(i).append('\n');
        }
        assertTrue(TableFile.read(csv.toString().getBytes(StandardCharsets.UTF_8), 20).tooMany(20));
    }

    @Test
    void oldExcelAndDamagedWorkbooksAreNamedProblems() throws IOException {
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertEquals("file.xls", assertThrows(ValidationFailedException.class, () -> TableFile.read(xls, 10)).violations().get(0).code());
        byte[] whole = workbook(s -> s.createRow(0).createCell(0).setCellValue("username"));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
        assertEquals("file.unreadable", assertThrows(ValidationFailedException.class, () -> TableFile.read(cut, 10)).violations().get(0).code());
        byte[] notAWorkbook = zip("hello.txt", "xin chào");
        assertEquals("file.unreadable", assertThrows(ValidationFailedException.class, () -> TableFile.read(notAWorkbook, 10)).violations().get(0).code());
    }

    @Test
    void anEmptyFileHasNoHeader() throws IOException {
        assertTrue(TableFile.read(new byte[0], 10).header().isEmpty());
        assertTrue(TableFile.read(workbook(s -> { }), 10).header().isEmpty());
    }

    private static byte[] zip(String name, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            z.putNextEntry(new java.util.zip.ZipEntry(name));
            z.write(text.getBytes(StandardCharsets.UTF_8));
            z.closeEntry();
        }
        return out.toByteArray();
    }
}
