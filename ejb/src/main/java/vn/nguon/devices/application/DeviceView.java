package vn.nguon.devices.application;

import vn.nguon.devices.domain.Device;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A device as the UI and the API show it (never its secret). */
public record DeviceView(String id, String unitCode, String unitName, String type, String name, String village,
                         BigDecimal latitude, BigDecimal longitude, String transport, String credentialState,
                         Instant credentialChangedAt, long version, boolean online, String mode,
                         Instant lastSeenAt, String firmware, Integer volume, String power, Integer signalDbm,
                         Integer queueLength, String playing) implements Serializable {

    static DeviceView of(Device d, String unitName) {
        return new DeviceView(d.id(), d.unitCode(), unitName, d.type().name(), d.name(), d.village(), d.latitude(),
                d.longitude(), d.transport().name(), d.credentialState().name(), d.credentialChangedAt(), d.version(), d.online(), d.mode(),
                d.lastSeenAt(), d.firmware(), d.volume(), d.power(), d.signalDbm(), d.queueLength(), d.playing());
    }
}
