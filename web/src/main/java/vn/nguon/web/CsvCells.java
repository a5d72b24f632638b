package vn.nguon.web;

/** Cells of the CSV files Nguồn exports, safe for spreadsheets. */
public final class CsvCells {

    private CsvCells() {
    }

    /** Quoted when needed; a leading = + - @ (or tab, carriage return) is neutralised so that spreadsheets do not run it. */
    public static String cell(String s) {
        if (s == null) {
            return "";
        }
        String v = s;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
