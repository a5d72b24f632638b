package vn.nguon.devices.domain;

import java.util.Optional;

/**
 * A device's broker address, {@code nguon.dev.<id>.<kind>} (MQTT {@code nguon/dev/<id>/<kind>}):
 * which device, and which of its topics ({@code status}, {@code heartbeat}, {@code ack}, {@code cmd}).
 */
public record DeviceTopic(String deviceId, String kind) {

    /** The device and topic of an address, or empty when it is not a device's address. */
    public static Optional<DeviceTopic> parse(String address) {
        String[] parts = address == null ? new String[0] : address.split("\\.");
        if (parts.length != 4 || !parts[0].equals("nguon") || !parts[1].equals("dev")) {
            return Optional.empty();
        }
        return Optional.of(new DeviceTopic(parts[2], parts[3]));
    }
}
