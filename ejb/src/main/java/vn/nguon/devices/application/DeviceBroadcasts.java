package vn.nguon.devices.application;

import java.util.Map;
import vn.nguon.devices.domain.DeviceActivity;

/**
 * What broadcasting does with devices, as the devices pages and API need it: operators' commands
 * (stop, volume, schedule synchronisation) and each device's current activity. The broadcast
 * feature, which sits above devices and owns the command queue and the deliveries, implements it
 * ({@code DeviceControl}); devices never import broadcast.
 */
public interface DeviceBroadcasts {

    /** Cuts short what the device plays. */
    void stop(String deviceId);

    /** @param volume 0–100; anything else (or nothing) is refused by field */
    void setVolume(String deviceId, Integer volume);

    /** Sends the device every slot it should hold; @return how many */
    int syncSchedule(String deviceId);

    /** Per device under {@code unitCode} (the caller's unit when null, or one below it): what it plays now and what failed lately. */
    Map<String, DeviceActivity> activity(String unitCode);
}
