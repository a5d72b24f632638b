package vn.nguon.dashboard.infrastructure;

import vn.nguon.dashboard.domain.Indicator;
import vn.nguon.dashboard.domain.Target;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads a file of targets: {@code {"owner": null | "<province code>", "targets": [{"indicator", "level", "year",
 * "value", "comparison": ">=" | "<=", "source"}]}}. A malformed file is refused as a whole, every problem named
 * by file, entry and field ({@link Malformed}).
 */
public final class TargetFile {

    /** A file Nguồn will not load: each problem as "file: targets[i].field: what is wrong". */
    public static final class Malformed extends RuntimeException {
        private final List<String> problems;

        public Malformed(List<String> problems) {
            super(String.join("; ", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    private static final Set<String> FIELDS = Set.of("indicator", "level", "year", "value", "comparison", "source");

    private TargetFile() {
    }

    public static List<Target> read(String file, InputStream in) {
        JsonObject root;
        try {
            JsonValue v = Json.createReader(in).readValue();
            if (!(v instanceof JsonObject o)) {
                throw new Malformed(List.of(file + ": not a JSON object"));
            }
            root = o;
        } catch (JsonException e) {
            throw new Malformed(List.of(file + ": not JSON: " + e.getMessage()));
        }
        List<String> problems = new ArrayList<>();
        String owner = null;
        if (root.containsKey("owner") && !root.isNull("owner")) {
            if (root.get("owner") instanceof jakarta.json.JsonString s && s.getString().matches("\\d{2}")) {
                owner = s.getString();
            } else {
                problems.add(file + ": owner: a province's two-digit code, or null for the ministry");
            }
        }
        if (!(root.get("targets") instanceof JsonArray targets) || targets.isEmpty()) {
            throw new Malformed(List.of(file + ": targets: a non-empty list is required"));
        }
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            String at = file + ": targets[" + i + "]";
            if (!(targets.get(i) instanceof JsonObject t)) {
                problems.add(at + ": not an object");
                continue;
            }
            int before = problems.size();
            t.keySet().stream().filter(k -> !FIELDS.contains(k)).forEach(k -> problems.add(at + "." + k + ": unknown field"));
            Indicator indicator = constant(Indicator.class, t, "indicator", at, problems);
            Target.Level level = constant(Target.Level.class, t, "level", at, problems);
            Integer year = t.get("year") instanceof JsonNumber n && n.isIntegral() && n.intValue() >= 2020 && n.intValue() <= 2050
                    ? n.intValue() : null;
            if (year == null) {
                problems.add(at + ".year: a year between 2020 and 2050");
            }
            BigDecimal value = t.get("value") instanceof JsonNumber n ? n.bigDecimalValue() : null;
            if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(at + ".value: a percentage between 0 and 100");
            }
            String cmp = t.get("comparison") instanceof jakarta.json.JsonString s ? s.getString() : null;
            Target.Comparison comparison = ">=".equals(cmp) ? Target.Comparison.AT_LEAST : "<=".equals(cmp) ? Target.Comparison.AT_MOST : null;
            if (comparison == null) {
                problems.add(at + ".comparison: \">=\" or \"<=\"");
            }
            String source = t.get("source") instanceof jakarta.json.JsonString s && !s.getString().isBlank() ? s.getString().strip() : null;
            if (source == null) {
                problems.add(at + ".source: the document the target comes from is required");
            }
            if (problems.size() == before) {
                out.add(new Target(indicator, level, year, value, comparison, source, owner));
            }
        }
        if (!problems.isEmpty()) {
            throw new Malformed(problems);
        }
        return List.copyOf(out);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, JsonObject t, String field, String at, List<String> problems) {
        String s = t.get(field) instanceof jakarta.json.JsonString j ? j.getString() : null;
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        problems.add(at + "." + field + ": one of " + java.util.Arrays.toString(type.getEnumConstants()));
        return null;
    }
}
