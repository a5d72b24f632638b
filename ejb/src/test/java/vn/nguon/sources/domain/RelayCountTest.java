package vn.nguon.sources.domain;

import org.junit.jupiter.api.Test;
import vn.nguon.kernel.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelayCountTest {

    static final Instant FROM = Instant.parse("2026-12-04T17:00:00Z"); // 5 Dec, 00:00 in Vietnam
    static final Instant TO = Instant.parse("2026-12-09T17:00:00Z");   // 10 Dec, 00:00: the window is 5–9 Dec
    static final Instant SLOT1 = Instant.parse("2026-12-05T00:00:00Z");
    static final Instant SLOT2 = Instant.parse("2026-12-06T00:00:00Z");

    static RelayCount.Play play(String commune, Instant slot, String device, String village, Instant at) {
        return new RelayCount.Play(commune, slot, device, village, at);
    }

    @Test
    void aBroadcastIsASlotPlayedByAtLeastOneLoudspeakerWithinTheWindow() {
        Map<String, RelayCount.Tally> t = RelayCount.count(List.of(
                play("03390", SLOT1, "D1", "Bản Thẳm", SLOT1.plusSeconds(60)),
                play("03390", SLOT1, "D2", "Nà Cúng", SLOT1.plusSeconds(65)),     // the same slot on a second loudspeaker
                play("03390", SLOT2, "D1", "Bản Thẳm", SLOT2.plusSeconds(60)),
                play("03390", SLOT2, "D3", " ", SLOT2.plusSeconds(60)),            // a device without a village
                play("03394", SLOT1, "D9", "Bản Lang", FROM.minusSeconds(1)),      // ended before the window
                play("03394", SLOT2, "D9", "Bản Lang", TO),                        // at its end: outside
                play("03394", SLOT2, "D8", null, TO.minusSeconds(1)),
                play("21343", SLOT1, "D7", "Bản A", null)), FROM, TO);
        assertEquals(new RelayCount.Tally(2, 3, 2), t.get("03390"));
        assertEquals(new RelayCount.Tally(1, 1, 0), t.get("03394"));
        assertEquals(null, t.get("21343"), "a play without its end is not counted");
    }

    @Test
    void theStatesOfAMandatoryRelay() {
        LocalDate last = LocalDate.of(2026, 12, 9);
        RelayCount.Tally two = new RelayCount.Tally(2, 2, 1);
        assertEquals(RelayState.DONE, RelayCount.state(two, 2, false, last, last));
        assertEquals(RelayState.DONE, RelayCount.state(two, 2, false, last.plusDays(3), last), "done stays done after the window");
        assertEquals(RelayState.SCHEDULED, RelayCount.state(two, 3, true, last, last));
        assertEquals(RelayState.NOT_YET, RelayCount.state(two, 3, false, last, last), "some plays, nothing more scheduled");
        assertEquals(RelayState.NOT_YET, RelayCount.state(RelayCount.Tally.NONE, 1, false, last.minusDays(4), last));
        assertEquals(RelayState.LATE, RelayCount.state(two, 3, true, last.plusDays(1), last), "the window is over");
        assertEquals(RelayState.LATE, RelayCount.state(RelayCount.Tally.NONE, 1, false, last.plusDays(1), last));
    }

    @Test
    void aRequirementIsCheckedAndItsWindowIsInVietnamDays() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        assertEquals(List.of("minPlays", "to"), RelayRequirement.problems(0, today, today.minusDays(1), today).stream()
                .map(Violation::field).toList());
        assertEquals(List.of("to"), RelayRequirement.problems(3, today.minusDays(10), today.minusDays(1), today).stream()
                .map(Violation::field).toList(), "a window already over");
        assertEquals(List.of("minPlays", "from", "to"), RelayRequirement.problems(null, null, null, today).stream()
                .map(Violation::field).toList());
        assertEquals(List.of(), RelayRequirement.problems(100, today, today, today));
        RelayRequirement r = new RelayRequirement(7, 3, LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 9), "laichau.canbo", today.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
        assertEquals(FROM, r.windowStart());
        assertEquals(TO, r.windowEnd());
    }
}
