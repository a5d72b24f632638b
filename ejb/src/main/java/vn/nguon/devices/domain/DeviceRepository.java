package vn.nguon.devices.domain;

import java.util.List;
import java.util.Optional;

public interface DeviceRepository {

    Optional<Device> find(String id);

    /** The devices of the communes below (or equal to) a unit, newest first. */
    List<Device> under(String unitCode);

    /** The same devices as {@link #under}, as references only: a dispatch to a province reads tens of thousands. */
    List<DeviceRef> refsUnder(String unitCode);

    boolean nameTaken(String unitCode, String name);

    long nextSerial();

    void add(Device device);

    /** Marks offline the devices shown online that have not been heard from since {@code before}; returns how many. */
    int markSilentOffline(java.time.Instant before);

    /** Keeps the FM fallback periods a device reported (one reported again is kept once, with its later end). */
    void recordFmPeriods(String deviceId, List<DeviceMessage.FmPeriod> periods, java.time.Instant reportedAt);

    /** The device's FM fallback periods that ended after {@code since}, latest first. */
    List<DeviceMessage.FmPeriod> fmPeriods(String deviceId, java.time.Instant since);

    /** Per device below (or equal to) a unit: the time on FM fallback after {@code since} (devices without any are left out). */
    java.util.Map<String, java.time.Duration> fmFallbackSince(String unitCode, java.time.Instant since);
}
