package vn.nguon.dashboard.domain;

import java.math.BigDecimal;

/**
 * A numbered target of a plan: an indicator reaching a value (per cent) by a year, for the units of a level —
 * the nation's and every province's own figure (level PROVINCE), or every commune's (level COMMUNE) — with the
 * document it comes from. {@code owner}: null for the ministry's (QĐ 135 and the national strategy), a
 * province's code for the stricter targets it sets for its own units.
 */
public record Target(Indicator indicator, Level level, int year, BigDecimal value, Comparison comparison, String source, String owner) {

    public enum Level { PROVINCE, COMMUNE }

    public enum Comparison {
        AT_LEAST("≥"), AT_MOST("≤");

        private final String symbol;

        Comparison(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /** Whether a value (per cent) meets the target; no value meets nothing. */
    public boolean met(BigDecimal v) {
        if (v == null) {
            return false;
        }
        int c = v.compareTo(value);
        return comparison == Comparison.AT_LEAST ? c >= 0 : c <= 0;
    }

    /** "≥ 70 % (2025)". */
    public String text() {
        return comparison.symbol() + " " + value.stripTrailingZeros().toPlainString() + " % (" + year + ")";
    }
}
