package vn.nguon.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvCellsTest {

    @Test
    void formulasAreNeutralisedAndCellsQuoted() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvCells.cell("=HYPERLINK(\"http://x\")"));
        for (String dangerous : new String[]{"+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"}) {
            assertEquals('\'', CsvCells.cell(dangerous).replaceFirst("^\"", "").charAt(0), dangerous);
        }
        assertEquals("\"Bản tin, thôn Nậm Cuổi\"", CsvCells.cell("Bản tin, thôn Nậm Cuổi"));
        assertEquals("Bình Lư", CsvCells.cell("Bình Lư"));
        assertEquals("", CsvCells.cell(null));
    }
}
