package vn.nguon.broadcast.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BroadcastLogCsvTest {

    @Test
    void formulasAreNeutralisedAndCellsQuoted() {
        assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", BroadcastLogCsv.cell("=HYPERLINK(\"http://x\")"));
        for (String dangerous : new String[]{"+1+1", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"}) {
            assertEquals('\'', BroadcastLogCsv.cell(dangerous).replaceFirst("^\"", "").charAt(0), dangerous);
        }
        assertEquals("\"Bản tin, thôn Nậm Cuổi\"", BroadcastLogCsv.cell("Bản tin, thôn Nậm Cuổi"));
        assertEquals("Bình Lư", BroadcastLogCsv.cell("Bình Lư"));
        assertEquals("", BroadcastLogCsv.cell(null));
    }
}
