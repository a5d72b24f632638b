package vn.nguon.reporting.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.nguon.reporting.domain.IndicatorType;
import vn.nguon.reporting.domain.ReportTemplate;
import vn.nguon.reporting.domain.ReportTemplate.Annex;
import vn.nguon.reporting.domain.ReportTemplate.Column;
import vn.nguon.reporting.domain.ReportTemplate.Comparison;
import vn.nguon.reporting.domain.ReportTemplate.CrossRule;
import vn.nguon.reporting.domain.ReportTemplate.Indicator;
import vn.nguon.reporting.domain.ReportTemplate.Measure;
import vn.nguon.reporting.domain.UpperLevels;
import vn.nguon.reporting.domain.ReportTemplate.Section;
import vn.nguon.reporting.domain.RollupRule;

import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a report template from its JSON file and checks it completely, so that a malformed
 * template is refused at load with a message naming the file, the field and the problem, e.g.
 * {@code ttcs.json: annexes[0].indicators[2].type: unknown value 'NUMBER' (one of INTEGER, …)}.
 */
public final class TemplateParser {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.\\-]{1,40}");

    /** A template file that cannot be used. */
    public static final class TemplateException extends RuntimeException {
        public TemplateException(String message) {
            super(message);
        }
    }

    private final String file;

    private TemplateParser(String file) {
        this.file = file;
    }

    public static ReportTemplate parse(String file, Reader json) {
        return new TemplateParser(file).template(json);
    }

    private ReportTemplate template(Reader json) {
        JsonObject o;
        try {
            o = Json.createReader(json).readObject();
        } catch (JsonException e) {
            throw fail("(file)", "not valid JSON: " + e.getMessage());
        }
        String code = code(o, "code");
        int version = integer(o, "version", 1, 1000);
        String title = text(o, "title", 500);
        List<Section> sections = new ArrayList<>();
        Set<String> sectionCodes = new HashSet<>();
        JsonArray ss = array(o, "sections", "sections");
        for (int i = 0; i < ss.size(); i++) {
            String at = "sections[" + i + "]";
            JsonObject s = object(ss, i, at);
            String sc = code(s, at + ".code");
            if (!sectionCodes.add(sc)) {
                throw fail(at + ".code", "duplicate section code '" + sc + "'");
            }
            sections.add(new Section(sc, text(s, at + ".title", 500), optionalText(s, at + ".hint"),
                    bool(s, at + ".required", true)));
        }
        List<Annex> annexes = new ArrayList<>();
        Set<String> annexCodes = new HashSet<>();
        JsonArray as = optionalArray(o, "annexes");
        for (int i = 0; i < as.size(); i++) {
            String at = "annexes[" + i + "]";
            Annex a = annex(object(as, i, at), at);
            if (!annexCodes.add(a.code())) {
                throw fail(at + ".code", "duplicate annex code '" + a.code() + "'");
            }
            annexes.add(a);
        }
        if (sections.isEmpty() && annexes.isEmpty()) {
            throw fail("sections", "a template needs at least one section or annex");
        }
        return new ReportTemplate(code, version, title, sections, annexes);
    }

    private Annex annex(JsonObject a, String at) {
        String code = code(a, at + ".code");
        String title = text(a, at + ".title", 500);
        List<Column> columns = new ArrayList<>();
        Set<String> columnCodes = new HashSet<>();
        JsonArray cs = array(a, "columns", at + ".columns");
        for (int i = 0; i < cs.size(); i++) {
            String cat = at + ".columns[" + i + "]";
            JsonObject c = object(cs, i, cat);
            Column column = new Column(code(c, cat + ".code"), text(c, cat + ".label", 200));
            if (!columnCodes.add(column.code())) {
                throw fail(cat + ".code", "duplicate column code '" + column.code() + "'");
            }
            columns.add(column);
        }
        if (columns.isEmpty()) {
            throw fail(at + ".columns", "an annex needs at least one column");
        }
        List<Indicator> indicators = new ArrayList<>();
        JsonArray is = array(a, "indicators", at + ".indicators");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < is.size(); i++) {
            String iat = at + ".indicators[" + i + "]";
            Indicator ind = indicator(object(is, i, iat), iat);
            if (!codes.add(ind.code())) {
                throw fail(iat + ".code", "duplicate indicator code '" + ind.code() + "'");
            }
            indicators.add(ind);
        }
        List<CrossRule> rules = new ArrayList<>();
        JsonArray rs = optionalArray(a, "rules");
        for (int i = 0; i < rs.size(); i++) {
            String rat = at + ".rules[" + i + "]";
            JsonObject r = object(rs, i, rat);
            String left = numericIndicator(indicators, r, rat + ".left");
            String right = numericIndicator(indicators, r, rat + ".right");
            Comparison op = enumValue(Comparison.class, r, rat + ".op");
            String upward = UpperLevels.ruleProblem(rollupOf(indicators, left), op, rollupOf(indicators, right));
            if (upward != null) {
                throw fail(rat, upward);
            }
            rules.add(new CrossRule(left, op, right, text(r, rat + ".message", 300)));
        }
        return new Annex(code, title, columns, indicators, rules);
    }

    private Indicator indicator(JsonObject o, String at) {
        IndicatorType type = enumValue(IndicatorType.class, o, at + ".type");
        RollupRule rollup = enumValue(RollupRule.class, o, at + ".rollup");
        if ((rollup == RollupRule.SUM || rollup == RollupRule.AVERAGE) && !type.isNumeric()) {
            throw fail(at + ".rollup", rollup + " needs a numeric type, not " + type);
        }
        if (rollup == RollupRule.COUNT_YES && type != IndicatorType.YES_NO) {
            throw fail(at + ".rollup", "COUNT_YES needs type YES_NO, not " + type);
        }
        BigDecimal min = optionalNumber(o, at + ".min");
        BigDecimal max = optionalNumber(o, at + ".max");
        if ((min != null || max != null) && !type.isNumeric()) {
            throw fail(at + ".min", "a range needs a numeric type, not " + type);
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw fail(at + ".max", "max " + max + " is below min " + min);
        }
        String unit = optionalText(o, at + ".unit");
        Measure commune = new Measure(type, unit, min, max);
        Measure upper = UpperLevels.derived(rollup, commune);
        if (o.get("upper") instanceof JsonObject u) {
            upper = measure(u, at + ".upper", upper);
            String problem = UpperLevels.problem(rollup, commune, upper);
            if (problem != null) {
                throw fail(at + ".upper", problem);
            }
        } else if (o.containsKey("upper") && o.get("upper") != JsonValue.NULL) {
            throw fail(at + ".upper", "must be an object");
        }
        return new Indicator(code(o, at + ".code"), text(o, at + ".label", 300), type, unit,
                bool(o, at + ".required", true), min, max, rollup, upper);
    }

    /** A declared upper-level measure; what it leaves out is the derived one's. */
    private Measure measure(JsonObject u, String at, Measure derived) {
        IndicatorType type = u.containsKey("type") ? enumValue(IndicatorType.class, u, at + ".type") : derived.type();
        String unit = u.containsKey("unit") ? optionalText(u, at + ".unit") : derived.unit();
        BigDecimal min = u.containsKey("min") ? optionalNumber(u, at + ".min") : type.isNumeric() ? derived.min() : null;
        BigDecimal max = u.containsKey("max") ? optionalNumber(u, at + ".max") : type.isNumeric() ? derived.max() : null;
        if ((min != null || max != null) && !type.isNumeric()) {
            throw fail(at + ".min", "a range needs a numeric type, not " + type);
        }
        if (min != null && max != null && min.compareTo(max) > 0) {
            throw fail(at + ".max", "max " + max + " is below min " + min);
        }
        return new Measure(type, unit, min, max);
    }

    private static RollupRule rollupOf(List<Indicator> indicators, String code) {
        return indicators.stream().filter(x -> x.code().equals(code)).findFirst().orElseThrow().rollup();
    }

    private String numericIndicator(List<Indicator> indicators, JsonObject r, String at) {
        String code = code(r, at);
        Indicator i = indicators.stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> fail(at, "no indicator '" + code + "' in this annex"));
        if (!i.type().isNumeric()) {
            throw fail(at, "indicator '" + code + "' is not numeric");
        }
        return code;
    }

    // --- typed accessors: each names the field it reads -----------------------------------------

    private static String last(String at) {
        return at.substring(at.lastIndexOf('.') + 1);
    }

    private JsonValue value(JsonObject o, String at) {
        JsonValue v = o.get(last(at));
        if (v == null || v == JsonValue.NULL) {
            throw fail(at, "missing");
        }
        return v;
    }

    private String code(JsonObject o, String at) {
        String s = string(o, at);
        if (!CODE.matcher(s).matches()) {
            throw fail(at, "'" + s + "' is not a code (letters, digits, _ . -, at most 40)");
        }
        return s;
    }

    private String string(JsonObject o, String at) {
        if (!(value(o, at) instanceof JsonString s)) {
            throw fail(at, "must be a string");
        }
        return s.getString();
    }

    private String text(JsonObject o, String at, int max) {
        String s = string(o, at).strip();
        if (s.isEmpty() || s.length() > max) {
            throw fail(at, "must be 1.." + max + " characters");
        }
        return s;
    }

    private String optionalText(JsonObject o, String at) {
        return o.containsKey(last(at)) && o.get(last(at)) != JsonValue.NULL ? string(o, at).strip() : "";
    }

    private int integer(JsonObject o, String at, int min, int max) {
        if (!(value(o, at) instanceof JsonNumber n) || !n.isIntegral() || n.intValue() < min || n.intValue() > max) {
            throw fail(at, "must be a whole number in " + min + ".." + max);
        }
        return n.intValue();
    }

    private BigDecimal optionalNumber(JsonObject o, String at) {
        if (!o.containsKey(last(at)) || o.get(last(at)) == JsonValue.NULL) {
            return null;
        }
        if (!(o.get(last(at)) instanceof JsonNumber n)) {
            throw fail(at, "must be a number");
        }
        return n.bigDecimalValue();
    }

    private boolean bool(JsonObject o, String at, boolean otherwise) {
        JsonValue v = o.get(last(at));
        if (v == null || v == JsonValue.NULL) {
            return otherwise;
        }
        if (v != JsonValue.TRUE && v != JsonValue.FALSE) {
            throw fail(at, "must be true or false");
        }
        return v == JsonValue.TRUE;
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, JsonObject o, String at) {
        String s = string(o, at);
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException e) {
            throw fail(at, "unknown value '" + s + "' (one of " + Arrays.toString(type.getEnumConstants()) + ")");
        }
    }

    private JsonArray array(JsonObject o, String name, String at) {
        if (!(o.get(name) instanceof JsonArray a)) {
            throw fail(at, "missing or not a list");
        }
        return a;
    }

    private JsonArray optionalArray(JsonObject o, String name) {
        return o.get(name) == null ? JsonValue.EMPTY_JSON_ARRAY : array(o, name, name);
    }

    private JsonObject object(JsonArray a, int i, String at) {
        if (!(a.get(i) instanceof JsonObject o)) {
            throw fail(at, "must be an object");
        }
        return o;
    }

    private TemplateException fail(String field, String problem) {
        return new TemplateException(file + ": " + field + ": " + problem);
    }
}
