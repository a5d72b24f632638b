package vn.nguon.org.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Parser of the official list of provinces and communes shipped in {@code vn/nguon/org/data}
 * (see its SOURCE.md). It checks what the migration relies on, so that a damaged file fails the
 * migration with the file, line and reason instead of loading half a country.
 */
public final class AdministrativeUnitList {

    /** The ministry sits above the 34 provinces; its code is ours, not the statistics office's. */
    public static final String MINISTRY_CODE = "BVHTTDL";
    public static final String MINISTRY_TYPE = "Bộ";
    public static final String MINISTRY_NAME = "Văn hóa, Thể thao và Du lịch";

    private static final Pattern PROVINCE_CODE = Pattern.compile("\\d{2}");
    private static final Pattern COMMUNE_CODE = Pattern.compile("\\d{5}");
    private static final Set<String> PROVINCE_TYPES = Set.of("Tỉnh", "Thành phố");
    private static final Set<String> COMMUNE_TYPES = Set.of("Xã", "Phường", "Đặc khu");

    /** One row of the list. {@code parentCode} is the ministry for provinces. */
    public record Row(String code, String name, String type, UnitLevel level, String parentCode) {
    }

    private AdministrativeUnitList() {
    }

    public static List<Row> parseProvinces(String file, InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        read(file, in, "code,name,type", 3, (line, f) -> {
            check(file, line, PROVINCE_CODE.matcher(f[0]).matches(), "province code must be 2 digits: " + f[0]);
            check(file, line, PROVINCE_TYPES.contains(f[2]), "unknown province type: " + f[2]);
            check(file, line, seen.add(f[0]), "duplicate code: " + f[0]);
            rows.add(new Row(f[0], f[1], f[2], UnitLevel.PROVINCE, MINISTRY_CODE));
        });
        return rows;
    }

    public static List<Row> parseCommunes(String file, InputStream in, Set<String> provinceCodes) throws IOException {
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        read(file, in, "code,name,type,province_code", 4, (line, f) -> {
            check(file, line, COMMUNE_CODE.matcher(f[0]).matches(), "commune code must be 5 digits: " + f[0]);
            check(file, line, COMMUNE_TYPES.contains(f[2]), "unknown commune type: " + f[2]);
            check(file, line, provinceCodes.contains(f[3]), "unknown province_code: " + f[3]);
            check(file, line, seen.add(f[0]), "duplicate code: " + f[0]);
            rows.add(new Row(f[0], f[1], f[2], UnitLevel.COMMUNE, f[3]));
        });
        return rows;
    }

    private interface RowHandler {
        void accept(int line, String[] fields);
    }

    private static void read(String file, InputStream in, String header, int columns, RowHandler handler)
            throws IOException {
        if (in == null) {
            throw new IllegalArgumentException(file + ": not found on the class path");
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String first = r.readLine();
            check(file, 1, header.equals(first), "expected header '" + header + "' but found '" + first + "'");
            String text;
            int line = 1;
            while ((text = r.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                String[] f = text.split(",", -1);
                check(file, line, f.length == columns, "expected " + columns + " fields but found " + f.length);
                for (int i = 0; i < f.length; i++) {
                    f[i] = Normalizer.normalize(f[i].strip(), Normalizer.Form.NFC);
                    check(file, line, !f[i].isEmpty(), "field " + (i + 1) + " is empty");
                }
                handler.accept(line, f);
            }
        }
    }

    private static void check(String file, int line, boolean ok, String problem) {
        if (!ok) {
            throw new IllegalArgumentException(file + ", line " + line + ": " + problem);
        }
    }
}
