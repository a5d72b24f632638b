package vn.nguon.devices.domain;

import java.util.List;
import java.util.Optional;

public interface DeviceRepository {

    Optional<Device> find(String id);

    /** The devices of the communes below (or equal to) a unit, newest first. */
    List<Device> under(String unitCode);

    /** Devices with refused messages, most first (at most {@code limit}). */
    List<Device> withRefusedMessages(int limit);

    /** The same devices as {@link #under}, as references only: a dispatch to a province reads tens of thousands. */
    List<DeviceRef> refsUnder(String unitCode);

    boolean nameTaken(String unitCode, String name);

    /**
     * Reserves {@code n} consecutive serial numbers and returns the first. The counter is a row updated in
     * the caller's transaction: a rolled-back import gives its numbers back (a sequence would not).
     */
    long reserveSerials(int n);

    /** The names of a commune's devices, stripped and lower-cased. */
    java.util.Set<String> namesIn(String unitCode);

    /** Whether this transaction holds the unit's import lock (false: another import of the unit is running). */
    boolean tryLockImports(String unitCode);

    /** Writes what is pending and forgets the managed devices (a long import stays small in memory). */
    void flushAndClear();

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
