package vn.nguon.dashboard.application;

import org.junit.jupiter.api.Test;
import vn.nguon.dashboard.domain.Indicator;
import vn.nguon.dashboard.domain.Target;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Where a value stands against a target that moves: 70 % by 2025, 100 % by 2030. */
class DashboardsTest {

    static Target t(int year, int value) {
        return new Target(Indicator.WEBSITE, Target.Level.PROVINCE, year, BigDecimal.valueOf(value), Target.Comparison.AT_LEAST, "QĐ 135", null);
    }

    static final List<Target> WEBSITE = List.of(t(2025, 70), t(2030, 100));

    @Test
    void theCurrentTargetIsTheFirstNotYetPast() {
        assertEquals(2025, Dashboards.current(WEBSITE, 2024).year());
        assertEquals(2025, Dashboards.current(WEBSITE, 2025).year());
        assertEquals(2030, Dashboards.current(WEBSITE, 2026).year());
        assertEquals(2030, Dashboards.current(WEBSITE, 2031).year(), "all past: the last");
    }

    @Test
    void greenAmberRedGrey() {
        assertEquals(Dashboards.Status.GREEN, Dashboards.status(new BigDecimal("100"), WEBSITE, 2026));
        assertEquals(Dashboards.Status.AMBER, Dashboards.status(new BigDecimal("75"), WEBSITE, 2026), "the 2025 milestone only");
        assertEquals(Dashboards.Status.RED, Dashboards.status(new BigDecimal("69.9"), WEBSITE, 2026));
        assertEquals(Dashboards.Status.GREEN, Dashboards.status(new BigDecimal("75"), WEBSITE, 2025), "in 2025, 70 % is the target");
        assertEquals(Dashboards.Status.GREY, Dashboards.status(null, WEBSITE, 2026), "no data");
        assertEquals(Dashboards.Status.NONE, Dashboards.status(new BigDecimal("50"), List.of(), 2026), "no target: monitored");
        assertEquals(Dashboards.Status.NONE, Dashboards.status(null, List.of(), 2026));
    }
}
