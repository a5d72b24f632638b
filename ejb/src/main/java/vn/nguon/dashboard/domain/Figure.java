package vn.nguon.dashboard.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * An indicator's value for a unit: the parts of its communes summed (numerator over denominator), how many
 * communes it counts and how many it has, so that "no data" and "partial data" are never shown as 0.
 */
public record Figure(Indicator indicator, long numerator, long denominator, int communesCounted, int communes) {

    /** Sums the parts of the given communes. */
    public static Figure of(Indicator i, Collection<CommuneFigures> communes) {
        long n = 0, d = 0;
        int counted = 0, eligible = 0;
        for (CommuneFigures c : communes) {
            if (!concerns(i, c)) {
                continue;
            }
            eligible++;
            long[] p = c.part(i);
            if (p != null) {
                counted++;
                n += p[0];
                d += p[1];
            }
        }
        return new Figure(i, n, d, counted, eligible);
    }

    /** Whether the indicator is about this kind of commune (e-boards: wards and communes apart). */
    static boolean concerns(Indicator i, CommuneFigures c) {
        return switch (i) {
            case EBOARD_WARDS -> c.ward();
            case EBOARD_COMMUNES -> !c.ward();
            default -> true;
        };
    }

    /** The value in per cent (one decimal), or null when nothing is known. */
    public BigDecimal percent() {
        return denominator == 0 ? null
                : BigDecimal.valueOf(numerator * 100L).divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    public boolean known() {
        return denominator > 0;
    }

    /** Some communes concerned have not reported it (or have nothing to count). */
    public boolean partial() {
        return communesCounted < communes;
    }
}
