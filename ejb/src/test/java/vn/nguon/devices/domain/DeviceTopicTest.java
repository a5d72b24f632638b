package vn.nguon.devices.domain;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceTopicTest {

    @Test
    void readsTheDeviceAndItsTopic() {
        assertEquals(Optional.of(new DeviceTopic("D-03390-0007", "ack")), DeviceTopic.parse("nguon.dev.D-03390-0007.ack"));
    }

    @Test
    void anythingElseIsNotADeviceAddress() {
        for (String a : new String[]{null, "", "nguon.notifications", "nguon.dev.D-1", "other.dev.D-1.ack", "nguon.dev.D-1.ack.x"}) {
            assertTrue(DeviceTopic.parse(a).isEmpty(), a);
        }
    }
}
