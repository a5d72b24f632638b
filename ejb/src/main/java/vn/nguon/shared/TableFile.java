package vn.nguon.shared;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A file of rows under a header, as the imports read it: CSV ({@link CsvLines}) or the first sheet of an
 * XLSX workbook, told apart by the content (an XLSX file is a ZIP archive), not by the name. Each row keeps
 * its line number in the file (a spreadsheet's row number) so that problems can be named; blank rows are
 * left out. XLSX is read streaming (POI's event API, cached results of formulas, cells as the sheet shows
 * them), stopping at {@code maxRows + 1} rows, with POI's guards against ZIP bombs and XML entities.
 *
 * @param header the header's cells, stripped and lower-cased
 * @param rows   the rows below the header that have any text, at most {@code maxRows + 1} of them
 */
public record TableFile(List<String> header, List<Row> rows) {

    /** A row: its line number in the file (1 = the header) and its cells, as many as the header has or more. */
    public record Row(int line, List<String> cells) {
    }

    /** How large an XLSX part may grow when unpacked (the sheet of 20,000 rows is a few MB). */
    static final long MAX_UNPACKED_BYTES = 200L * 1024 * 1024;

    static {
        ZipSecureFile.setMaxEntrySize(MAX_UNPACKED_BYTES);
    }

    /** True when the file has more rows than the reader's limit (it stopped reading there). */
    public boolean tooMany(int maxRows) {
        return rows.size() > maxRows;
    }

    /**
     * Reads a CSV or XLSX file; an old binary Excel file (.xls) or a damaged workbook is refused as
     * {@code file: file.xls} / {@code file: file.unreadable}.
     */
    public static TableFile read(byte[] data, int maxRows) {
        if (data.length >= 4 && data[0] == 'P' && data[1] == 'K' && data[2] == 3 && data[3] == 4) {
            return xlsx(data, maxRows);
        }
        if (data.length >= 4 && (data[0] & 0xFF) == 0xD0 && (data[1] & 0xFF) == 0xCF && data[2] == 0x11 && (data[3] & 0xFF) == 0xE0) {
            throw new ValidationFailedException(List.of(Violation.of("file", "file.xls")));
        }
        return csv(new String(data, StandardCharsets.UTF_8), maxRows);
    }

    /** Reads CSV text (comma or semicolon, as the header uses). */
    public static TableFile csv(String text, int maxRows) {
        String[] lines = CsvLines.lines(text);
        if (lines.length == 0 || lines[0].isBlank()) {
            return new TableFile(List.of(), List.of());
        }
        char sep = CsvLines.separator(lines[0]);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.length && rows.size() <= maxRows; i++) {
            if (!lines[i].isBlank()) {
                rows.add(new Row(i + 1, CsvLines.split(lines[i], sep)));
            }
        }
        return new TableFile(header(CsvLines.split(lines[0], sep)), rows);
    }

    private static List<String> header(List<String> cells) {
        List<String> h = new ArrayList<>(cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList());
        while (!h.isEmpty() && h.get(h.size() - 1).isEmpty()) {
            h.remove(h.size() - 1);
        }
        return List.copyOf(h);
    }

    /** Reads the first sheet of an XLSX workbook. */
    static TableFile xlsx(byte[] data, int maxRows) {
        Collector rows = new Collector(maxRows);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(data))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            java.util.Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return new TableFile(List.of(), List.of());
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new DataFormatter(Locale.ROOT), false));
                parser.parse(new InputSource(sheet));
            } catch (Collector.Enough e) {
                // the limit is reached: the caller refuses the file by its row count
            }
        } catch (IOException | OpenXML4JException | SAXException | javax.xml.parsers.ParserConfigurationException | POIXMLException | IllegalStateException
                 | IllegalArgumentException | UnsupportedOperationException | org.apache.poi.util.RecordFormatException e) {
            throw new ValidationFailedException(List.of(Violation.of("file", "file.unreadable")));
        }
        if (rows.header == null) {
            return new TableFile(List.of(), List.of());
        }
        List<String> header = header(rows.header);
        // a sheet leaves out empty cells at the end of a row: as many cells as the header, more only if not blank
        List<Row> padded = rows.rows.stream().map(r -> {
            List<String> cells = new ArrayList<>(r.cells());
            while (cells.size() > header.size() && cells.get(cells.size() - 1).isBlank()) {
                cells.remove(cells.size() - 1);
            }
            while (cells.size() < header.size()) {
                cells.add("");
            }
            return new Row(r.line(), List.copyOf(cells));
        }).toList();
        return new TableFile(header, padded);
    }

    /** Gathers a sheet's rows as the streaming parser reports them, cells placed by their column letters. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {

        /** Thrown to stop reading once the limit is passed. */
        static final class Enough extends RuntimeException {
            Enough() {
                super("row limit", null, false, false);
            }
        }

        private final int maxRows;
        private List<String> header;
        private final List<Row> rows = new ArrayList<>();
        private List<String> current;
        private int next;

        Collector(int maxRows) {
            this.maxRows = maxRows;
        }

        @Override
        public void startRow(int rowNum) {
            current = new ArrayList<>();
            next = 0;
        }

        @Override
        public void endRow(int rowNum) {
            boolean blank = current.stream().allMatch(String::isBlank);
            if (header == null) {
                if (!blank) {
                    header = current;
                }
            } else if (!blank) {
                rows.add(new Row(rowNum + 1, current));
                if (rows.size() > maxRows) {
                    throw new Enough();
                }
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? next : new CellReference(reference).getCol();
            if (column > 16_384) {
                return;
            }
            while (current.size() < column) {
                current.add("");
            }
            current.add(formattedValue == null ? "" : formattedValue);
            next = column + 1;
        }
    }
}
