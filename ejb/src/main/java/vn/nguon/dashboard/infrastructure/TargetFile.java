package vn.nguon.dashboard.infrastructure;

import vn.nguon.dashboard.domain.Indicator;
import vn.nguon.dashboard.domain.Target;

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

    /**
     * One problem: where ("file: targets[i].field"), what is wrong as a code (a page says it in its language:
     * {@code violation.dashboard.targetFile.<code>}), and a detail where there is one (what was expected).
     */
    public record Problem(String where, String code, String detail) {
        static final java.util.Map<String, String> ENGLISH = java.util.Map.of("notJsonObject", "not a JSON object", "notJson", "not JSON: ",
                "owner", "a province's two-digit code, or null for the ministry", "targets", "a non-empty list is required",
                "notObject", "not an object", "unknownField", "unknown field", "year", "a year between 2020 and 2050",
                "value", "a percentage between 0 and 100", "comparison", "\">=\" or \"<=\"",
                "source", "the document the target comes from is required");

        /** "file: targets[0].year: a year between 2020 and 2050", for logs. */
        public String english() {
            return where + ": " + ("oneOf".equals(code) ? "one of " : ENGLISH.get(code)) + (detail == null ? "" : detail);
        }
    }

    /** A file Nguồn will not load: every problem, each as "file: targets[i].field: what is wrong" ({@link #problems}). */
    public static final class Malformed extends RuntimeException {
        private final List<Problem> details;

        public Malformed(List<Problem> details) {
            super(String.join("; ", details.stream().map(Problem::english).toList()));
            this.details = List.copyOf(details);
        }

        public List<String> problems() {
            return details.stream().map(Problem::english).toList();
        }

        public List<Problem> details() {
            return details;
        }
    }

    private static final Set<String> FIELDS = Set.of("indicator", "level", "year", "value", "comparison", "source");

    private TargetFile() {
    }

    public static List<Target> read(String file, InputStream in) {
        JsonObject root;
        try {
            JsonValue v = vn.nguon.shared.Jsons.PROVIDER.createReader(in).readValue();
            if (!(v instanceof JsonObject o)) {
                throw new Malformed(List.of(new Problem(file, "notJsonObject", null)));
            }
            root = o;
        } catch (JsonException e) {
            throw new Malformed(List.of(new Problem(file, "notJson", e.getMessage())));
        }
        List<Problem> problems = new ArrayList<>();
        String owner = null;
        if (root.containsKey("owner") && !root.isNull("owner")) {
            if (root.get("owner") instanceof jakarta.json.JsonString s && s.getString().matches("\\d{2}")) {
                owner = s.getString();
            } else {
                problems.add(new Problem(file + ": owner", "owner", null));
            }
        }
        if (!(root.get("targets") instanceof JsonArray targets) || targets.isEmpty()) {
            throw new Malformed(List.of(new Problem(file + ": targets", "targets", null)));
        }
        List<Target> out = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            String at = file + ": targets[" + i + "]";
            if (!(targets.get(i) instanceof JsonObject t)) {
                problems.add(new Problem(at, "notObject", null));
                continue;
            }
            int before = problems.size();
            t.keySet().stream().filter(k -> !FIELDS.contains(k)).forEach(k -> problems.add(new Problem(at + "." + k, "unknownField", null)));
            Indicator indicator = constant(Indicator.class, t, "indicator", at, problems);
            Target.Level level = constant(Target.Level.class, t, "level", at, problems);
            Integer year = t.get("year") instanceof JsonNumber n && n.isIntegral() && n.intValue() >= 2020 && n.intValue() <= 2050
                    ? n.intValue() : null;
            if (year == null) {
                problems.add(new Problem(at + ".year", "year", null));
            }
            BigDecimal value = t.get("value") instanceof JsonNumber n ? n.bigDecimalValue() : null;
            if (value == null || value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(new Problem(at + ".value", "value", null));
            }
            String cmp = t.get("comparison") instanceof jakarta.json.JsonString s ? s.getString() : null;
            Target.Comparison comparison = ">=".equals(cmp) ? Target.Comparison.AT_LEAST : "<=".equals(cmp) ? Target.Comparison.AT_MOST : null;
            if (comparison == null) {
                problems.add(new Problem(at + ".comparison", "comparison", null));
            }
            String source = t.get("source") instanceof jakarta.json.JsonString s && !s.getString().isBlank() ? s.getString().strip() : null;
            if (source == null) {
                problems.add(new Problem(at + ".source", "source", null));
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

    private static <E extends Enum<E>> E constant(Class<E> type, JsonObject t, String field, String at, List<Problem> problems) {
        String s = t.get(field) instanceof jakarta.json.JsonString j ? j.getString() : null;
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(s)) {
                return e;
            }
        }
        problems.add(new Problem(at + "." + field, "oneOf", java.util.Arrays.toString(type.getEnumConstants())));
        return null;
    }
}
