package vn.nguon.devices.domain;

/** What a dispatch needs to know of a device: its id, its commune and its type (no entity loaded). */
public record DeviceRef(String id, String unitCode, DeviceType type) {
}
