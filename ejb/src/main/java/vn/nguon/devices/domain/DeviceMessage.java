package vn.nguon.devices.domain;

import java.time.Instant;

/**
 * A message a device publishes (see {@code docs/device-protocol.md}): STATUS, HEARTBEAT or ACK, version
 * 1. The wire format is read by {@code DeviceMessageJson}; whatever is not a valid message is
 * refused as {@link Malformed} with the reason, never half-read.
 */
public sealed interface DeviceMessage {

    int VERSION = 1;

    /**
     * @param fmFallback the periods the device ran on FM fallback while it could not reach Nguồn,
     *                   reported on reconnection (empty when there are none)
     */
    record Status(boolean online, String mode, Integer volume, String power, Integer signalDbm, String firmware,
                  Integer queueLength, String playing, Instant at, java.util.List<FmPeriod> fmFallback) implements DeviceMessage {

        public Status {
            fmFallback = fmFallback == null ? java.util.List.of() : java.util.List.copyOf(fmFallback);
        }

        public Status(boolean online, String mode, Integer volume, String power, Integer signalDbm, String firmware,
                      Integer queueLength, String playing, Instant at) {
            this(online, mode, volume, power, signalDbm, firmware, queueLength, playing, at, java.util.List.of());
        }
    }

    /** A period on FM fallback, {@code from} before {@code to}. */
    record FmPeriod(Instant from, Instant to) {
    }

    record Heartbeat(Integer queueLength, Instant at) implements DeviceMessage {
    }

    /** @param state RECEIVED, PLAYING, DONE or FAILED; {@code reason} is set for FAILED */
    record Ack(java.util.UUID deliveryId, String state, String reason, Instant at) implements DeviceMessage {
    }

    /** A message that is not valid JSON or not valid for the protocol. */
    final class Malformed extends RuntimeException {
        public Malformed(String reason) {
            super(reason);
        }
    }
}
