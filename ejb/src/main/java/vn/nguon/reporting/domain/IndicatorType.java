package vn.nguon.reporting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import vn.nguon.kernel.Violation;

/**
 * The type of an indicator's value. Values travel and are stored as text exactly as typed;
 * {@link #parse} turns them into a number, a yes/no or a date, or says why it cannot.
 */
public enum IndicatorType {
    INTEGER, DECIMAL, PERCENT, YES_NO, TEXT, DATE;

    /** Vietnamese dates as officials type them: 30/9/2025 or 30/09/2025; ISO is accepted too. */
    static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    public boolean isNumeric() {
        return this == INTEGER || this == DECIMAL || this == PERCENT;
    }

    /**
     * @return the parsed value: {@link BigDecimal} for numbers, {@link Boolean}, {@link LocalDate}
     *         or the text itself
     * @throws IllegalArgumentException with a {@link Violation} code as message when the text is
     *         not a value of this type
     */
    public Object parse(String text) {
        String t = text.strip();
        return switch (this) {
            case INTEGER -> {
                BigDecimal n = number(t);
                if (n.stripTrailingZeros().scale() > 0) {
                    throw new IllegalArgumentException(Violation.NOT_INTEGER);
                }
                yield n;
            }
            case DECIMAL, PERCENT -> number(t);
            case YES_NO -> switch (t.toLowerCase()) {
                case "true", "có", "co", "yes", "1" -> Boolean.TRUE;
                case "false", "không", "khong", "no", "0" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(Violation.NOT_YES_NO);
            };
            case DATE -> date(t);
            case TEXT -> t;
        };
    }

    private static BigDecimal number(String t) {
        // officials write decimals with a comma (Vietnamese) or a dot; no thousands separators
        try {
            return new BigDecimal(t.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(Violation.NOT_A_NUMBER);
        }
    }

    private static LocalDate date(String t) {
        try {
            return t.contains("/") ? LocalDate.parse(t, VN_DATE) : LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(Violation.NOT_A_DATE);
        }
    }
}
