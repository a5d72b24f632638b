package vn.nguon.reporting.domain;

import vn.nguon.reporting.domain.ReportTemplate.Field;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.nguon.org.domain.UnitLevel;

/**
 * The upper unit's values computed from its lower units' accepted values, indicator by
 * indicator, by each indicator's {@link RollupRule}. Empty and unreadable values are left out:
 * a sum over the units that gave a number, an average over the same, a count of the yes answers.
 * A field no unit answered stays empty.
 */
public final class Rollup {

    /** One lower unit's accepted values. */
    public record Source(String unitCode, String unitName, Map<String, String> values) {
    }

    /** One field of the roll-up: the combined value and what each unit contributed. */
    public record Cell(String key, String value, Map<String, String> byUnit) implements java.io.Serializable {
    }

    private Rollup() {
    }

    /** The roll-up of communes' values (a province's). */
    public static Map<String, Cell> compute(ReportTemplate template, List<Source> sources) {
        return compute(template, sources, UnitLevel.COMMUNE);
    }

    /**
     * The roll-up of the values of units at {@code sourceLevel}: communes' values are read as
     * communes type them; provinces' values are roll-ups themselves (a count of yes is a number, and
     * the ministry sums the provinces' counts).
     */
    public static Map<String, Cell> compute(ReportTemplate template, List<Source> sources, UnitLevel sourceLevel) {
        boolean upper = sourceLevel != UnitLevel.COMMUNE;
        Map<String, Cell> result = new LinkedHashMap<>();
        for (Field f : template.fields().values()) {
            if (f.isSection() || f.indicator().rollup() == RollupRule.NONE) {
                continue;
            }
            Map<String, String> byUnit = new LinkedHashMap<>();
            List<Object> parsed = new ArrayList<>();
            for (Source s : sources) {
                String text = s.values().get(f.key());
                if (text == null || text.isBlank()) {
                    continue;
                }
                try {
                    parsed.add(f.indicator().at(upper).type().parse(text));
                    byUnit.put(s.unitCode(), text.strip());
                } catch (IllegalArgumentException e) {
                    // accepted values were validated; a value that no longer parses is left out
                }
            }
            RollupRule rule = upper ? UpperLevels.nextRule(f.indicator().rollup()) : f.indicator().rollup();
            result.put(f.key(), new Cell(f.key(), combine(rule, parsed), byUnit));
        }
        return result;
    }

    static String combine(RollupRule rule, List<Object> values) {
        return switch (rule) {
            case SUM -> values.isEmpty() ? null : plain(values.stream().map(BigDecimal.class::cast)
                    .reduce(BigDecimal.ZERO, BigDecimal::add));
            case COUNT_YES -> Long.toString(values.stream().filter(Boolean.TRUE::equals).count());
            case AVERAGE -> values.isEmpty() ? null : plain(values.stream().map(BigDecimal.class::cast)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP));
            case NONE -> null;
        };
    }

    private static String plain(BigDecimal n) {
        return n.stripTrailingZeros().toPlainString();
    }

    /** The roll-up as plain values, to pre-fill the upper unit's draft. */
    public static Map<String, String> values(Map<String, Cell> cells) {
        Map<String, String> values = new LinkedHashMap<>();
        cells.values().stream().filter(c -> c.value() != null).forEach(c -> values.put(c.key(), c.value()));
        return values;
    }
}
