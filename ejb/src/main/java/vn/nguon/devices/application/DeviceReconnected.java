package vn.nguon.devices.application;

/** A device that was offline said it is online again (its status), in the transaction that records it. */
public record DeviceReconnected(String deviceId) {
}
