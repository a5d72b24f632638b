package vn.nguon.broadcast.application;

import vn.nguon.broadcast.domain.Delivery;

import java.time.Instant;

/**
 * One line of the broadcast log: a bulletin slot on a device and what became of it — the times the
 * device reported ({@code receivedAt}, {@code playingAt}, {@code endedAt}) and when Nguồn recorded
 * the latest of it ({@code recordedAt}, server clock).
 */
public record DeliveryView(String id, long bulletinId, String bulletinTitle, int revision, String deviceId,
                           String deviceName, String village, String unitCode, String unitName, Instant slotAt,
                           Instant expiresAt, String priority, String language, String state, String reason,
                           Instant receivedAt, Instant playingAt, Instant endedAt, Instant recordedAt)
                                   implements java.io.Serializable {

    static DeliveryView of(Delivery d, String title, String deviceName, String village, String unitName) {
        return new DeliveryView(d.id().toString(), d.bulletinId(), title, d.revision(), d.deviceId(), deviceName, village,
                d.unitCode(), unitName, d.slotAt(), d.expiresAt(), d.priority().name(), d.language(), d.state().name(),
                d.reason(), d.receivedAt(), d.playingAt(), d.endedAt(), d.recordedAt());
    }
}
