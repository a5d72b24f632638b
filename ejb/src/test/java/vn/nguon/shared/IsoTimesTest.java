package vn.nguon.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IsoTimesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "2026-11-23T07:00:05.123+07:00", "2026-11-23T07:00:05+07:00", "2026-11-23T07:00+07:00", "2026-11-23T00:00:00Z",
            "2026-11-23T07:00:05.1Z", "2026-11-23T07:00:05.123456789-03:30", "2028-02-29T23:59:59.999999999+14:00",
            "2026-01-01T00:00:00-12:00", "2026-11-23t07:00:05z", "2026-11-23T07:00:05+07:00:00", "+12026-11-23T07:00:05Z",
            "2026-11-23T07:00:05.000+00:00", "1999-12-31T23:59:59.5+05:45", "2026-11-23T07:00:05.Z"})
    void readsWhatTheGeneralParserReads(String text) {
        assertEquals(OffsetDateTime.parse(text).toInstant(), IsoTimes.instant(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "hôm qua", "2026-11-23", "2026-11-23T07:00:05", "2026-02-30T07:00:05Z", "2026-13-01T07:00:05Z",
            "2026-11-23T24:00:00Z", "2026-11-23T07:60:00Z", "2026-11-23T07:00:60Z",
            "2026-11-23T07:00:05.1234567891Z", "2026-11-23T07:00:05+19:00", "2026-11-23T07:00:05+07:60", "2026-11-23T07:00:05+0700",
            "2026-11-23T07:00:05 +07:00", "2026-11-23T07:00:05+07:00x", "2026-1x-23T07:00:05Z", "2026-11-23T07:00:05ZZ"})
    void refusesWhatTheGeneralParserRefuses(String text) {
        assertThrows(DateTimeException.class, () -> OffsetDateTime.parse(text), "the general parser accepts " + text);
        assertThrows(DateTimeException.class, () -> IsoTimes.instant(text), text);
    }

    @Test
    void randomTimesRoundTrip() {
        Random r = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            Instant t = Instant.ofEpochSecond(r.nextLong(0, 4_102_444_800L), r.nextInt(1_000_000_000) / (int) Math.pow(10, r.nextInt(10)));
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((r.nextInt(-18 * 4, 18 * 4 + 1)) * 15 * 60);
            String text = t.atOffset(offset).toString();
            assertEquals(t, IsoTimes.instant(text), text);
        }
    }
}
