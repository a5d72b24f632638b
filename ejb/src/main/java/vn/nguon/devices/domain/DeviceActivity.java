package vn.nguon.devices.domain;

/** What a device is doing for the broadcasts: the title it plays now (or null), its recent failures and the last reason. */
public record DeviceActivity(String playing, long failures, String lastFailure) implements java.io.Serializable {
}
