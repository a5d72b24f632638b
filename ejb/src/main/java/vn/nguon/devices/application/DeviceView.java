package vn.nguon.devices.application;

import vn.nguon.devices.domain.Device;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A device as the UI and the API show it (never its secret), with the minutes it reported on FM
 * fallback in the last {@link #FM_WINDOW} (0 where not counted).
 */
public record DeviceView(String id, String unitCode, String unitName, String type, String name, String village,
                         BigDecimal latitude, BigDecimal longitude, String transport, String credentialState,
                         Instant credentialChangedAt, long version, boolean online, String mode,
                         Instant lastSeenAt, String firmware, Integer volume, String power, Integer signalDbm,
                         Integer queueLength, String playing, long fmFallbackMinutes) implements Serializable {

    /** How far back {@link #fmFallbackMinutes} counts the time a device reported on FM fallback. */
    public static final java.time.Duration FM_WINDOW = java.time.Duration.ofDays(7);

    static DeviceView of(Device d, String unitName) {
        return of(d, unitName, java.time.Duration.ZERO);
    }

    static DeviceView of(Device d, String unitName, java.time.Duration onFm) {
        return new DeviceView(d.id(), d.unitCode(), unitName, d.type().name(), d.name(), d.village(), d.latitude(),
                d.longitude(), d.transport().name(), d.credentialState().name(), d.credentialChangedAt(), d.version(), d.online(), d.mode(),
                d.lastSeenAt(), d.firmware(), d.volume(), d.power(), d.signalDbm(), d.queueLength(), d.playing(), onFm.toMinutes());
    }
}
