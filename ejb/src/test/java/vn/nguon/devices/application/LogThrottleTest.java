package vn.nguon.devices.application;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LogThrottleTest {

    private static final Instant T = Instant.parse("2026-12-06T03:00:00Z");

    @Test
    void oneLinePerDeviceAMinuteSayingHowManyWereLeftOut() {
        LogThrottle throttle = new LogThrottle(Duration.ofMinutes(1));
        assertEquals(0, throttle.admit("CL-1", T), "the first is logged");
        for (int i = 1; i <= 57; i++) {
            assertEquals(-1, throttle.admit("CL-1", T.plusSeconds(i)), "within the minute: not logged");
        }
        assertEquals(0, throttle.admit("CL-2", T.plusSeconds(5)), "another device has its own minute");
        assertEquals(57, throttle.admit("CL-1", T.plusSeconds(60)), "a minute later: logged, with the count left out");
        assertEquals(-1, throttle.admit("CL-1", T.plusSeconds(61)));
    }

    @Test
    void forgedIdsCannotGrowItWithoutLimit() {
        LogThrottle throttle = new LogThrottle(Duration.ofMinutes(1));
        for (int i = 0; i <= LogThrottle.MAX_KEYS + 5; i++) {
            throttle.admit("forged-" + i, T);
        }
        assertEquals(0, throttle.admit("forged-1", T), "started afresh past the bound");
    }
}
