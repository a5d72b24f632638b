package vn.nguon.web;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.BiConsumer;

/** The pages' spreadsheet downloads: a workbook filled by the page (with a bold style for headings), as bytes and as a download. */
public final class Workbooks {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Workbooks() {
    }

    /** A new workbook, filled by {@code fill} (the workbook, a bold cell style), written out. */
    public static byte[] xlsx(BiConsumer<XSSFWorkbook, CellStyle> fill) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            fill.accept(wb, bold);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as a PrimeFaces download named {@code name}. */
    public static StreamedContent download(String name, byte[] file) {
        return DefaultStreamedContent.builder().name(name).contentType(XLSX).stream(() -> new ByteArrayInputStream(file)).build();
    }
}
