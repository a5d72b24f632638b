package vn.nguon.reporting.domain;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned report template: numbered narrative sections and annex tables of indicators. A
 * template is data (a JSON file, see {@code TemplateParser}); a new template needs no code.
 * <p>
 * Every value of a report is addressed by a field key: {@code section:<code>} for a narrative
 * section, {@code <annex>.<indicator>.<column>} for a cell of an annex table.
 */
public record ReportTemplate(String code, int version, String title, List<Section> sections, List<Annex> annexes) {

    public static final int MAX_TEXT = 20_000;

    public ReportTemplate {
        sections = List.copyOf(sections);
        annexes = List.copyOf(annexes);
    }

    /** "TTCS-2021-2025@1". */
    public String id() {
        return code + "@" + version;
    }

    public record Section(String code, String title, String hint, boolean required) {
        public String key() {
            return "section:" + code;
        }
    }

    public record Column(String code, String label) {
    }

    public enum Comparison {
        LE("≤"), LT("<"), GE("≥"), GT(">"), EQ("=");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        boolean holds(BigDecimal left, BigDecimal right) {
            int c = left.compareTo(right);
            return switch (this) {
                case LE -> c <= 0;
                case LT -> c < 0;
                case GE -> c >= 0;
                case GT -> c > 0;
                case EQ -> c == 0;
            };
        }
    }

    /** "left op right" between two numeric indicators of one annex, checked column by column. */
    public record CrossRule(String left, Comparison op, String right, String message) {
    }

    /** The type, unit and range of an indicator's value at one level. */
    public record Measure(IndicatorType type, String unit, BigDecimal min, BigDecimal max) {
    }

    /**
     * One indicator of an annex. Its type, unit and range ({@code type}, {@code min}, {@code max}) are
     * what a commune types; {@code upper} is what its roll-up is at the province and the ministry
     * (see {@link UpperLevels}).
     */
    public record Indicator(String code, String label, IndicatorType type, String unit, boolean required,
                            BigDecimal min, BigDecimal max, RollupRule rollup, Measure upper) {

        /** An indicator whose upper-level measure is derived from its roll-up rule. */
        public Indicator(String code, String label, IndicatorType type, String unit, boolean required,
                         BigDecimal min, BigDecimal max, RollupRule rollup) {
            this(code, label, type, unit, required, min, max, rollup,
                    UpperLevels.derived(rollup, new Measure(type, unit, min, max)));
        }

        /** The measure a commune types. */
        public Measure commune() {
            return new Measure(type, unit, min, max);
        }

        /** The measure at a level: the commune's, or the roll-up's above it. */
        public Measure at(boolean upperLevel) {
            return upperLevel ? upper : commune();
        }
    }

    public record Annex(String code, String title, List<Column> columns, List<Indicator> indicators,
                        List<CrossRule> rules) {
        public Annex {
            columns = List.copyOf(columns);
            indicators = List.copyOf(indicators);
            rules = List.copyOf(rules);
        }

        public String key(Indicator indicator, Column column) {
            return code + "." + indicator.code() + "." + column.code();
        }

        public Optional<Indicator> indicator(String code) {
            return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
        }
    }

    /** A field of a report, resolved from its key. */
    public record Field(String key, Section section, Annex annex, Indicator indicator, Column column) {
        public boolean isSection() {
            return section != null;
        }
    }

    /** All fields in template order. */
    public Map<String, Field> fields() {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Section s : sections) {
            fields.put(s.key(), new Field(s.key(), s, null, null, null));
        }
        for (Annex a : annexes) {
            for (Indicator i : a.indicators()) {
                for (Column c : a.columns()) {
                    String key = a.key(i, c);
                    fields.put(key, new Field(key, null, a, i, c));
                }
            }
        }
        return fields;
    }
}
