package vn.nguon.devices.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.nguon.devices.infrastructure.DeviceMessageJson;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceMessageTest {

    @Test
    void aStatusAndAHeartbeat() {
        DeviceMessage m = DeviceMessageJson.parse("""
                {"v":1,"type":"STATUS","online":true,"mode":"FM_FALLBACK","volume":70,"power":"BATTERY",
                 "signalDbm":-81,"firmware":"2.4.1","queueLength":3,"playing":null,"at":"2026-11-23T07:00:00+07:00","extra":"ignored"}""");
        DeviceMessage.Status s = (DeviceMessage.Status) m;
        assertTrue(s.online());
        assertEquals("FM_FALLBACK", s.mode());
        assertEquals(70, s.volume());
        assertEquals(Instant.parse("2026-11-23T00:00:00Z"), s.at());
        DeviceMessage.Heartbeat h = (DeviceMessage.Heartbeat) DeviceMessageJson.parse(
                "{\"v\":1,\"type\":\"HEARTBEAT\",\"at\":\"2026-11-23T07:01:00+07:00\",\"queueLength\":2}");
        assertEquals(2, h.queueLength());
    }

    @Test
    void fmFallbackPeriodsReportedOnReconnection() {
        DeviceMessage.Status s = (DeviceMessage.Status) DeviceMessageJson.parse("""
                {"v":1,"type":"STATUS","online":true,"mode":"IP","at":"2026-11-23T07:00:00+07:00","fmFallback":[
                  {"from":"2026-11-23T05:10:00+07:00","to":"2026-11-23T05:40:00+07:00"},
                  {"from":"2026-11-23T06:00:00+07:00","to":"2026-11-23T07:02:00+07:00"}]}""");
        assertEquals(2, s.fmFallback().size());
        assertEquals(new DeviceMessage.FmPeriod(Instant.parse("2026-11-22T22:10:00Z"), Instant.parse("2026-11-22T22:40:00Z")),
                s.fmFallback().get(0));
        assertEquals(Instant.parse("2026-11-23T00:02:00Z"), s.fmFallback().get(1).to(), "a clock a little ahead is tolerated");
        assertTrue(((DeviceMessage.Status) DeviceMessageJson.parse(
                "{\"v\":1,\"type\":\"STATUS\",\"online\":true,\"at\":\"2026-11-23T07:00:00+07:00\"}")).fmFallback().isEmpty());
        StringBuilder many = new StringBuilder("{\"v\":1,\"type\":\"STATUS\",\"online\":true,\"at\":\"2026-11-23T07:00:00+07:00\",\"fmFallback\":[");
        for (int i = 0; i <= DeviceMessageJson.MAX_FM_PERIODS; i++) {
            many.append(i == 0 ? "" : ",").append(String.format("{\"from\":\"2026-11-22T%02d:00:00+07:00\",\"to\":\"2026-11-22T%02d:30:00+07:00\"}",
                    i % 24, i % 24));
        }
        DeviceMessage.Malformed e = assertThrows(DeviceMessage.Malformed.class, () -> DeviceMessageJson.parse(many + "]}"));
        assertTrue(e.getMessage().contains("more than " + DeviceMessageJson.MAX_FM_PERIODS), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "not json", "[1,2]", "{}", "{\"v\":2,\"type\":\"HEARTBEAT\",\"at\":\"2026-11-23T07:00:00+07:00\"}",
            "{\"v\":1,\"type\":\"REBOOT\",\"at\":\"2026-11-23T07:00:00+07:00\"}",
            "{\"v\":1,\"type\":\"HEARTBEAT\",\"at\":\"hôm qua\"}",
            "{\"v\":1,\"type\":\"STATUS\",\"online\":\"yes\",\"at\":\"2026-11-23T07:00:00+07:00\"}",
            "{\"v\":1,\"type\":\"STATUS\",\"online\":true,\"volume\":150,\"at\":\"2026-11-23T07:00:00+07:00\"}",
            "{\"v\":1,\"type\":\"STATUS\",\"online\":true,\"mode\":\"WIFI\",\"at\":\"2026-11-23T07:00:00+07:00\"}",
            // FM fallback periods: not a list, not objects, a missing or unreadable end, ending before they start or after the status
            "{\"v\":1,\"type\":\"STATUS\",\"online\":true,\"fmFallback\":\"sáng nay\",\"at\":\"2026-11-23T07:00:00+07:00\"}",
            "{\"v\":1,\"type\":\"STATUS\",\"online\":true,\"fmFallback\":[1],\"at\":\"2026-11-23T07:00:00+07:00\"}",
            "{\"v\":1,\"type\":\"STATUS\",\"online\":true,\"fmFallback\":[{\"from\":\"2026-11-23T05:00:00+07:00\"}],\"at\":\"2026-11-23T07:00:00+07:00\"}",
            "{\"v\":1,\"type\":\"STATUS\",\"online\":true,\"fmFallback\":[{\"from\":\"2026-11-23T05:00:00+07:00\",\"to\":\"5 giờ\"}],\"at\":\"2026-11-23T07:00:00+07:00\"}",
            "{\"v\":1,\"type\":\"STATUS\",\"online\":true,\"fmFallback\":[{\"from\":\"2026-11-23T06:00:00+07:00\",\"to\":\"2026-11-23T05:00:00+07:00\"}],\"at\":\"2026-11-23T07:00:00+07:00\"}",
            "{\"v\":1,\"type\":\"STATUS\",\"online\":true,\"fmFallback\":[{\"from\":\"2026-11-23T06:00:00+07:00\",\"to\":\"2026-11-23T09:00:00+07:00\"}],\"at\":\"2026-11-23T07:00:00+07:00\"}"})
    void malformedMessagesAreRefusedWithAReason(String json) {
        DeviceMessage.Malformed e = assertThrows(DeviceMessage.Malformed.class, () -> DeviceMessageJson.parse(json));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void aLastWillTakesTheDeviceOfflineAndAHeartbeatBringsItBack() {
        Device d = new Device("D-03390-0001", "03390", new DeviceData(null, DeviceType.LOUDSPEAKER_CLUSTER, "Cụm 1", null,
                null, null, Transport.CELLULAR), "t", Instant.now());
        Instant t0 = Instant.parse("2026-11-23T00:00:00Z");
        d.record(new DeviceMessage.Status(true, "IP", 70, "MAINS", -80, "2.4.1", 0, null, t0), t0);
        assertTrue(d.online());
        d.record(new DeviceMessage.Status(false, null, null, null, null, null, null, null, t0.plusSeconds(5)), t0.plusSeconds(5));
        assertFalse(d.online());
        assertEquals(t0, d.lastSeenAt(), "a Last Will does not count as seen");
        assertEquals("2.4.1", d.firmware(), "what was known stays");
        d.record(new DeviceMessage.Heartbeat(4, t0.plusSeconds(3)), t0.plusSeconds(6));
        assertFalse(d.online(), "a heartbeat sent before the device went offline, arriving late, does not revive it");
        d.record(new DeviceMessage.Heartbeat(4, t0.plusSeconds(60)), t0.plusSeconds(60));
        assertTrue(d.online());
        assertEquals(4, d.queueLength());
        d.record(new DeviceMessage.Status(false, null, null, null, null, null, null, null, t0.plusSeconds(90)), t0.plusSeconds(90));
        d.record(new DeviceMessage.Status(true, "FM_FALLBACK", null, null, null, null, null, null, t0.plusSeconds(80)),
                t0.plusSeconds(91));
        assertFalse(d.online(), "an online status sent before the goodbye, consumed after it, is ignored");
        assertEquals("IP", d.mode());
        d.record(new DeviceMessage.Heartbeat(1, t0.plusSeconds(120)), t0.plusSeconds(120));
        assertTrue(d.online());
        d.record(new DeviceMessage.Status(false, null, null, null, null, null, null, null, t0), t0.plusSeconds(130));
        assertFalse(d.online(), "a Last Will written at connection time still takes the device offline when it arrives");
    }
}
