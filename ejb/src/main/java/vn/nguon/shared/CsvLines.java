package vn.nguon.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * The CSV the imports read (devices, accounts): UTF-8, a header row, comma or semicolon as the separator
 * (whichever the header uses; spreadsheets in Vietnamese locales write semicolons), quotes around cells that
 * contain the separator, doubled quotes inside them.
 */
public final class CsvLines {

    private CsvLines() {
    }

    /** The lines of a file, without a byte-order mark; blank lines kept (their numbers matter). */
    public static String[] lines(String text) {
        return (text == null ? "" : text.replace("\uFEFF", "")).split("\r?\n");
    }

    /** How many rows a file has below its header (blank lines not counted). */
    public static long rowCount(String[] lines) {
        return java.util.Arrays.stream(lines).skip(1).filter(l -> !l.isBlank()).count();
    }

    /** The separator the header row uses. */
    public static char separator(String header) {
        return header.contains(";") && !header.contains(",") ? ';' : ',';
    }

    /** One CSV line into cells: quotes allow the separator and doubled quotes inside a cell. */
    public static List<String> split(String line, char sep) {
        List<String> cells = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == sep) {
                cells.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        cells.add(cur.toString());
        return cells;
    }
}
