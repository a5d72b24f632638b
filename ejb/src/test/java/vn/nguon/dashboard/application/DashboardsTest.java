package vn.nguon.dashboard.application;

import org.junit.jupiter.api.Test;
import vn.nguon.dashboard.domain.Indicator;
import vn.nguon.dashboard.domain.Target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.nguon.dashboard.domain.CommuneFigures;
import vn.nguon.dashboard.domain.Figure;
import vn.nguon.dashboard.infrastructure.DashboardData;

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

    static DashboardData.PeriodValues period(long id, LocalDate cutoff, Map<String, Map<String, String>> byCommune) {
        return new DashboardData.PeriodValues(id, "Kỳ " + id, cutoff, byCommune);
    }

    static Map<String, String> web(boolean has) {
        return Map.of(Indicator.WEB, has ? "có" : "không");
    }

    static CommuneFigures commune(String code) {
        return new CommuneFigures.Builder(code, false, "12").build();
    }

    @Test
    void aCommuneCreatedDuringThePeriodsIsNotCountedBeforeItExisted() {
        // 2024: A and B reported; 2025: A, B and C, a commune created in 2025
        Map<String, CommuneFigures> now = Map.of("A", commune("A"), "B", commune("B"), "C", commune("C"));
        Dashboards.TrendPoint y2024 = Dashboards.point(period(1, LocalDate.of(2024, 12, 31), Map.of("A", web(true), "B", web(false))), now);
        Dashboards.TrendPoint y2025 = Dashboards.point(period(2, LocalDate.of(2025, 12, 31),
                Map.of("A", web(true), "B", web(true), "C", web(false))), now);
        assertEquals(new BigDecimal("50.0"), y2024.values().get(Indicator.WEBSITE), "1 of the 2 communes of 2024, not 1 of 3");
        assertEquals(2, y2024.communesReported());
        assertEquals(new BigDecimal("66.7"), y2025.values().get(Indicator.WEBSITE));
        assertEquals(3, y2025.communesReported());
    }

    @Test
    void communesMergedDuringThePeriodsCountOnceInEach() {
        // 2024: A, B and D reported; in 2025 A and B merged into M (their reports stay under their old codes)
        Map<String, CommuneFigures> now = Map.of("M", commune("M"), "D", commune("D"));
        Dashboards.TrendPoint before = Dashboards.point(period(1, LocalDate.of(2024, 12, 31),
                Map.of("A", web(false), "B", web(false), "D", web(true))), now);
        Dashboards.TrendPoint after = Dashboards.point(period(2, LocalDate.of(2025, 12, 31), Map.of("M", web(true), "D", web(true))), now);
        assertEquals(new BigDecimal("33.3"), before.values().get(Indicator.WEBSITE), "the merged communes still count where they reported");
        assertEquals(new BigDecimal("100.0"), after.values().get(Indicator.WEBSITE), "the new commune once, not its two parts");
        assertEquals(2, after.communesReported());
        // the latest figure counts the units as they are: M and D, each once
        Figure latest = Figure.of(Indicator.WEBSITE, List.of(new CommuneFigures.Builder("M", false, "12").value(Indicator.WEB, "có").build(),
                new CommuneFigures.Builder("D", false, "12").value(Indicator.WEB, "có").build()));
        assertEquals(2, latest.communes());
    }

    @Test
    void aPeriodsActivityRunsFromThePeriodBeforeIt() {
        LocalDate a = LocalDate.of(2024, 12, 31), b = LocalDate.of(2025, 6, 30);
        assertEquals(LocalDate.of(2025, 1, 1), Dashboards.window(List.of(a, b), b));
        assertEquals(LocalDate.of(2024, 1, 2), Dashboards.window(List.of(a, b), a), "the first: its year");
        assertEquals(LocalDate.of(2024, 1, 2), Dashboards.window(List.of(LocalDate.of(2020, 12, 31), a), a), "never more than a year");
    }
}
