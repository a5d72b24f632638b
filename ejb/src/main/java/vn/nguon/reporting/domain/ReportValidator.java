package vn.nguon.reporting.domain;

import vn.nguon.reporting.domain.ReportTemplate.Annex;
import vn.nguon.reporting.domain.ReportTemplate.Column;
import vn.nguon.reporting.domain.ReportTemplate.CrossRule;
import vn.nguon.reporting.domain.ReportTemplate.Field;
import vn.nguon.reporting.domain.ReportTemplate.Indicator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.nguon.kernel.Violation;
import vn.nguon.org.domain.UnitLevel;

/**
 * Checks a report's values against its template. A draft may be incomplete: {@link
 * Mode#DRAFT} checks only what was typed (type, range, length, cross-field rules); {@link
 * Mode#COMPLETE}, used before signing, also requires every required field. A province's or the
 * ministry's report is checked against each indicator's upper-level measure (a count of "có" is a
 * count, a sum is not capped by a commune's bound; see {@link UpperLevels}).
 */
public final class ReportValidator {

    public enum Mode { DRAFT, COMPLETE }

    private ReportValidator() {
    }

    /** A commune's report. */
    public static List<Violation> validate(ReportTemplate template, Map<String, String> values, Mode mode) {
        return validate(template, values, mode, UnitLevel.COMMUNE);
    }

    /** The report of a unit at {@code level}. */
    public static List<Violation> validate(ReportTemplate template, Map<String, String> values, Mode mode,
                                           UnitLevel level) {
        boolean upper = level != UnitLevel.COMMUNE;
        List<Violation> violations = new ArrayList<>();
        Map<String, Field> fields = template.fields();
        for (String key : values.keySet()) {
            if (!fields.containsKey(key)) {
                violations.add(Violation.of(key, Violation.UNKNOWN_FIELD));
            }
        }
        for (Field f : fields.values()) {
            String text = values.get(f.key());
            boolean blank = text == null || text.isBlank();
            boolean required = f.isSection() ? f.section().required() : f.indicator().required();
            if (blank) {
                if (required && mode == Mode.COMPLETE) {
                    violations.add(Violation.of(f.key(), Violation.REQUIRED));
                }
                continue;
            }
            if (text.length() > ReportTemplate.MAX_TEXT) {
                violations.add(Violation.of(f.key(), Violation.TOO_LONG, ReportTemplate.MAX_TEXT));
            } else if (!f.isSection()) {
                checkValue(f.key(), f.indicator().at(upper), text, violations);
            }
        }
        for (Annex a : template.annexes()) {
            for (CrossRule rule : a.rules()) {
                for (Column c : a.columns()) {
                    BigDecimal left = number(a, rule.left(), c, values, upper);
                    BigDecimal right = number(a, rule.right(), c, values, upper);
                    if (left != null && right != null && !rule.op().holds(left, right)) {
                        violations.add(Violation.of(a.code() + "." + rule.left() + "." + c.code(),
                                Violation.RULE, rule.message()));
                    }
                }
            }
        }
        return violations;
    }

    private static void checkValue(String key, ReportTemplate.Measure ind, String text, List<Violation> violations) {
        Object value;
        try {
            value = ind.type().parse(text);
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of(key, e.getMessage()));
            return;
        }
        if (value instanceof BigDecimal n) {
            if (ind.min() != null && n.compareTo(ind.min()) < 0) {
                violations.add(Violation.of(key, Violation.TOO_SMALL, ind.min().toPlainString()));
            }
            if (ind.max() != null && n.compareTo(ind.max()) > 0) {
                violations.add(Violation.of(key, Violation.TOO_LARGE, ind.max().toPlainString()));
            }
        }
    }

    /** The number in a cell, or null when empty or not a number (reported elsewhere). */
    static BigDecimal number(Annex a, String indicator, Column c, Map<String, String> values, boolean upper) {
        String text = values.get(a.code() + "." + indicator + "." + c.code());
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return a.indicator(indicator).map(i -> i.at(upper).type().parse(text)).filter(BigDecimal.class::isInstance)
                    .map(BigDecimal.class::cast).orElse(null);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
