package vn.nguon.reporting.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.nguon.reporting.domain.ReportStatus.ACCEPTED;
import static vn.nguon.reporting.domain.ReportStatus.DRAFT;
import static vn.nguon.reporting.domain.ReportStatus.RETURNED;
import static vn.nguon.reporting.domain.ReportStatus.SIGNED;
import static vn.nguon.reporting.domain.ReportStatus.SUBMITTED;
import static vn.nguon.reporting.infrastructure.TemplateParserTest.shipped;
import vn.nguon.kernel.TransitionRefusedException;

class ReportWorkflowTest {

    private static final Set<String> ALLOWED = Set.of("DRAFT>SIGNED", "SIGNED>SUBMITTED", "SUBMITTED>ACCEPTED",
            "SUBMITTED>RETURNED", "ACCEPTED>SUBMITTED", "RETURNED>DRAFT");

    static Stream<Arguments> everyPair() {
        return Arrays.stream(ReportStatus.values())
                .flatMap(from -> Arrays.stream(ReportStatus.values()).map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyPair")
    void onlyTheDesignedTransitionsAreAllowed(ReportStatus from, ReportStatus to) {
        assertEquals(ALLOWED.contains(from + ">" + to), from.canMoveTo(to));
    }

    private final Instant now = Instant.parse("2025-10-08T03:00:00Z");

    private Report draft() {
        var period = new ReportingPeriod("Tổng kết 2021-2025", shipped("ttcs-2021-2025.json"), LocalDate.of(2025, 9, 30),
                LocalDate.of(2025, 10, 10), LocalDate.of(2025, 10, 20), LocalDate.of(2025, 10, 31), "bo.canbo", now);
        return new Report(period, "03390", Map.of("section:A", "Nội dung"), "binhlu.canbo", now);
    }

    @Test
    void theHappyPathThroughReturnAndResubmission() {
        Report r = draft();
        assertEquals(new ReportTransition("sign", DRAFT, SIGNED, "149/BC-UBND"), r.sign("binhlu.lanhdao", "149/BC-UBND", now));
        r.submit("binhlu.lanhdao", now);
        assertEquals(new ReportTransition("return", SUBMITTED, RETURNED, "Bổ sung Phụ lục 01"),
                r.returnForRevision("laichau.canbo", "  Bổ sung Phụ lục 01 ", now));
        assertEquals("Bổ sung Phụ lục 01", r.returnReason());

        ReportTransition revise = r.edit(Map.of("section:A", "Nội dung đã sửa", "PL01.cum_loa.sau", "35"), "binhlu.canbo", now);
        assertEquals(new ReportTransition("revise", RETURNED, DRAFT, "revision 2"), revise);
        assertEquals(2, r.revision());
        assertNull(r.documentNumber(), "a new revision needs a new signature and number");
        assertEquals("Bổ sung Phụ lục 01", r.returnReason(), "the reviewer's reason stays until resubmission");

        r.sign("binhlu.lanhdao", "150/BC-UBND", now);
        r.submit("binhlu.lanhdao", now);
        assertNull(r.returnReason());
        r.accept("laichau.canbo", now);
        assertEquals(ACCEPTED, r.status());

        r.unaccept("laichau.canbo", "Số liệu cần đối chiếu lại", now);
        assertEquals(SUBMITTED, r.status());
    }

    @Test
    void returningAndUnacceptingNeedAReason() {
        Report r = draft();
        r.sign("binhlu.lanhdao", "1/BC-UBND", now);
        r.submit("binhlu.lanhdao", now);
        var e = assertThrows(TransitionRefusedException.class, () -> r.returnForRevision("laichau.canbo", "   ", now));
        assertEquals(TransitionRefusedException.REASON_REQUIRED, e.code());
        assertEquals(SUBMITTED, r.status());
        r.accept("laichau.canbo", now);
        assertEquals(TransitionRefusedException.REASON_REQUIRED,
                assertThrows(TransitionRefusedException.class, () -> r.unaccept("laichau.canbo", null, now)).code());
    }

    @Test
    void forbiddenStepsAreRefusedAndChangeNothing() {
        Report r = draft();
        assertEquals(TransitionRefusedException.NOT_ALLOWED, assertThrows(TransitionRefusedException.class, () -> r.submit("x", now)).code());
        assertEquals(TransitionRefusedException.NOT_ALLOWED, assertThrows(TransitionRefusedException.class, () -> r.accept("x", now)).code());
        r.sign("binhlu.lanhdao", "1/BC-UBND", now);
        assertEquals(TransitionRefusedException.NOT_EDITABLE,
                assertThrows(TransitionRefusedException.class, () -> r.edit(Map.of(), "binhlu.canbo", now)).code());
        assertEquals(SIGNED, r.status());
        assertEquals(Map.of("section:A", "Nội dung"), r.values());
    }

    @Test
    void periodDatesMustBeInOrderAndLateDaysCount() {
        var t = shipped("ttcs-2021-2025.json");
        assertThrows(IllegalArgumentException.class, () -> new ReportingPeriod("x", t, LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 20), LocalDate.of(2025, 10, 31), "bo", now));
        ReportingPeriod p = draft().period();
        assertEquals(0, p.daysLate(vn.nguon.org.domain.UnitLevel.COMMUNE, LocalDate.of(2025, 10, 10)));
        assertEquals(3, p.daysLate(vn.nguon.org.domain.UnitLevel.COMMUNE, LocalDate.of(2025, 10, 13)));
        p.close(now);
        assertThrows(TransitionRefusedException.class, p::requireOpen);
    }
}
