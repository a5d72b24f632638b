package vn.nguon.devices.domain;

import vn.nguon.shared.CsvLines;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a device import file: UTF-8 CSV (comma or semicolon), a header row naming the columns
 * {@code type,name,village,latitude,longitude,transport} and optionally {@code commune} (the
 * commune code, for a province importing for several communes). Quoted fields may contain the
 * separator. Every row is checked; the result carries every problem with its line number, so a
 * file is fixed in one go. Names must be unique per commune within the file.
 */
public final class DeviceCsv {

    static final List<String> REQUIRED = List.of("type", "name", "village", "latitude", "longitude", "transport");
    /** The most device rows one file may have (a province's whole fleet is a few thousand); more is refused unread. */
    public static final int MAX_ROWS = 20_000;

    /** A row that parsed, with its line in the file. */
    public record Row(int line, DeviceData data) {
    }

    /** The rows that parsed, and the problems of the whole file. */
    public record Result(List<Row> rows, List<DeviceProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private DeviceCsv() {
    }

    public static Result parse(String text) {
        List<Row> rows = new ArrayList<>();
        List<DeviceProblem> problems = new ArrayList<>();
        String[] lines = CsvLines.lines(text);
        if (lines.length == 0 || lines[0].isBlank()) {
            problems.add(new DeviceProblem(1, "", DeviceProblem.HEADER, String.join(",", REQUIRED)));
            return new Result(rows, problems);
        }
        if (CsvLines.rowCount(lines) > MAX_ROWS) {
            problems.add(new DeviceProblem(0, "file", DeviceProblem.TOO_MANY_ROWS, String.valueOf(MAX_ROWS)));
            return new Result(rows, problems);
        }
        char sep = CsvLines.separator(lines[0]);
        List<String> header = CsvLines.split(lines[0], sep).stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
        for (String column : REQUIRED) {
            if (!header.contains(column)) {
                problems.add(new DeviceProblem(1, column, DeviceProblem.HEADER, String.join(",", REQUIRED)));
            }
        }
        if (!problems.isEmpty()) {
            return new Result(rows, problems);
        }
        Set<String> names = new HashSet<>();
        for (int i = 1; i < lines.length; i++) {
            int line = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            List<String> cells = CsvLines.split(lines[i], sep);
            if (cells.size() != header.size()) {
                problems.add(new DeviceProblem(line, "", DeviceProblem.COLUMNS, header.size() + "/" + cells.size()));
                continue;
            }
            List<DeviceProblem> rowProblems = new ArrayList<>();
            String typeText = cell(header, cells, "type");
            DeviceType type = DeviceType.parse(typeText).orElse(null);
            if (type == null && !typeText.isEmpty()) {
                rowProblems.add(new DeviceProblem(line, "type", DeviceProblem.UNKNOWN_TYPE, typeText));
            }
            String transportText = cell(header, cells, "transport");
            Transport transport = Transport.parse(transportText).orElse(null);
            if (transport == null && !transportText.isEmpty()) {
                rowProblems.add(new DeviceProblem(line, "transport", DeviceProblem.UNKNOWN_TRANSPORT, transportText));
            }
            BigDecimal lat = number(header, cells, "latitude", line, rowProblems);
            BigDecimal lon = number(header, cells, "longitude", line, rowProblems);
            String commune = header.contains("commune") ? blankToNull(cell(header, cells, "commune")) : null;
            DeviceData d = new DeviceData(commune, type, cell(header, cells, "name"),
                    blankToNull(cell(header, cells, "village")), lat, lon, transport);
            d.problems(line).stream()
                    // an unknown value is already reported; do not also call it missing
                    .filter(p -> !(p.code().equals(DeviceProblem.REQUIRED)
                            && rowProblems.stream().anyMatch(r -> r.field().equals(p.field()))))
                    .forEach(rowProblems::add);
            String key = (commune == null ? "" : commune) + "|" + d.name().strip().toLowerCase(Locale.ROOT);
            if (!d.name().isBlank() && !names.add(key)) {
                rowProblems.add(new DeviceProblem(line, "name", DeviceProblem.DUPLICATE, d.name().strip()));
            }
            problems.addAll(rowProblems);
            if (rowProblems.isEmpty()) {
                rows.add(new Row(line, d));
            }
        }
        return new Result(rows, problems);
    }

    private static BigDecimal number(List<String> header, List<String> cells, String column, int line,
                                     List<DeviceProblem> problems) {
        String t = cell(header, cells, column).replace(',', '.');
        if (t.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(t);
        } catch (NumberFormatException e) {
            problems.add(new DeviceProblem(line, column, DeviceProblem.NOT_A_NUMBER, t));
            return null;
        }
    }

    private static String cell(List<String> header, List<String> cells, String column) {
        return cells.get(header.indexOf(column)).strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

}
