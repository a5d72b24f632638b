package vn.nguon.reporting.domain;

import vn.nguon.reporting.domain.ReportTemplate.Comparison;
import vn.nguon.reporting.domain.ReportTemplate.Measure;

import java.math.BigDecimal;

/**
 * What an indicator is at the province and the ministry, where its value is the roll-up of the
 * units below rather than something a commune typed. A template may declare an indicator's
 * {@code "upper"} measure; where it does not, it is derived from the roll-up rule:
 * <ul>
 *   <li>{@code COUNT_YES}: a count of units — a whole number of "đơn vị", at least 0, no upper
 *       bound (the ministry counts the communes of every province);</li>
 *   <li>{@code SUM}: the same type; a lower bound of 0 or more still holds (a sum of values each at
 *       least {@code min ≥ 0} is at least {@code min}), an upper bound does not (a sum grows with the
 *       number of units);</li>
 *   <li>{@code AVERAGE}: the same type and range (an average of values in a range lies in it; an
 *       average of percentages is a percentage);</li>
 *   <li>{@code NONE}: the upper unit types it itself, with the commune's type and range.</li>
 * </ul>
 * A declared measure, or a cross-field rule, that could refuse a correct roll-up is refused when the
 * template is loaded ({@link #problem}, {@link #ruleProblem}). Above the province, counts of yes are
 * summed ({@link #nextRule}).
 */
public final class UpperLevels {

    private UpperLevels() {
    }

    /** The measure of a rolled-up value, from the commune's measure and the roll-up rule. */
    public static Measure derived(RollupRule rule, Measure lower) {
        return switch (rule) {
            case COUNT_YES -> new Measure(IndicatorType.INTEGER, "đơn vị", BigDecimal.ZERO, null);
            case SUM -> new Measure(lower.type(), lower.unit(),
                    lower.min() != null && lower.min().signum() >= 0 ? lower.min() : null, null);
            case AVERAGE, NONE -> lower;
        };
    }

    /** Why a declared upper measure cannot hold for every correct roll-up, or null when it can. */
    public static String problem(RollupRule rule, Measure lower, Measure upper) {
        Measure derived = derived(rule, lower);
        if (rule != RollupRule.NONE && upper.type() != derived.type()) {
            return "a " + rule + " of " + lower.type() + " values is " + derived.type() + ", not " + upper.type();
        }
        if (rule == RollupRule.NONE) {
            return null;
        }
        if (upper.max() != null && (rule == RollupRule.SUM || rule == RollupRule.COUNT_YES)) {
            return "an upper bound cannot hold for a " + rule + ": it grows with the number of units";
        }
        if (upper.min() != null && (derived.min() == null || upper.min().compareTo(derived.min()) > 0)) {
            return "a lower bound of " + upper.min().toPlainString() + " can refuse a correct " + rule
                    + (derived.min() == null ? "" : " (at least " + derived.min().toPlainString() + ")");
        }
        if (upper.max() != null && lower.max() != null && upper.max().compareTo(lower.max()) < 0) {
            return "an upper bound of " + upper.max().toPlainString() + " can refuse an average of commune values up to "
                    + lower.max().toPlainString();
        }
        return null;
    }

    /**
     * Why a cross-field rule between two indicators cannot hold between their roll-ups, or null when
     * it does: if {@code a ≤ b} in every unit, then {@code Σa ≤ Σb} and {@code avg a ≤ avg b} over
     * the same units; a comparison between a sum and an average (or a count) proves nothing.
     */
    public static String ruleProblem(RollupRule left, Comparison op, RollupRule right) {
        if (left == right && (left == RollupRule.SUM || left == RollupRule.AVERAGE || left == RollupRule.NONE)) {
            return null;
        }
        return "the rule cannot hold at an upper level: its left side is rolled up by " + left
                + ", its right side by " + right + " (both must be SUM, both AVERAGE or both NONE)";
    }

    /** How provinces' values combine at the ministry: a province's count of yes is a number, so counts are summed. */
    public static RollupRule nextRule(RollupRule rule) {
        return rule == RollupRule.COUNT_YES ? RollupRule.SUM : rule;
    }
}
