package vn.nguon.dashboard.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The devices' activity: availability weighed by samples, hours, sums; nothing sampled is not 0 %. */
class ActivityTest {

    @Test
    void availabilityIsOnlineSamplesOverRegisteredSamples() {
        Activity a = new Activity(288 * 3, 288 * 3 - 87, 0, 0, 0, 0, 0);
        assertEquals(new BigDecimal("89.9"), a.availability());
        assertNull(Activity.NONE.availability(), "no device sampled: unknown, never 0 %");
        assertFalse(Activity.NONE.recorded());
    }

    @Test
    void aCommuneCreatedDuringTheDaysWeighsOnlyTheDaysItHadDevices() {
        // 30 days of 2 devices always online, and a new commune's 1 device for its last 3 days, online half the time
        Activity old = new Activity(30 * 288 * 2, 30 * 288 * 2, 0, 0, 0, 0, 0);
        Activity created = new Activity(3 * 288, 3 * 288 / 2, 0, 0, 0, 0, 0);
        assertEquals(new BigDecimal("97.6"), Activity.sum(List.of(old, created)).availability(),
                "by samples: 17,712 of 18,144, not the mean of 100 % and 50 %");
        CommuneFigures c = new CommuneFigures.Builder("X", false, "12").activity(created).build();
        assertArrayEquals(new long[]{432, 864}, c.part(Indicator.DEVICE_AVAILABILITY));
        assertNull(new CommuneFigures.Builder("Y", false, "12").build().part(Indicator.DEVICE_AVAILABILITY));
    }

    @Test
    void hoursAndSums() {
        Activity a = new Activity(10, 9, 5400, 3, 2700, 1, 900);
        Activity b = new Activity(10, 10, 0, 2, 1800, 0, 0);
        Activity s = a.plus(b);
        assertEquals(5, s.broadcasts());
        assertEquals(new BigDecimal("1.3"), s.airHours(), "4,500 s");
        assertEquals(new BigDecimal("1.5"), s.fmHours());
        assertEquals(new BigDecimal("0.3"), s.relayHours());
        assertTrue(s.recorded());
        assertThrows(IllegalArgumentException.class, () -> new Activity(1, 2, 0, 0, 0, 0, 0), "more online than registered");
    }
}
