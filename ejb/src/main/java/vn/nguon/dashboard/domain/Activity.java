package vn.nguon.dashboard.domain;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * What a commune's devices did over some days, from the dashboards' daily roll-up: availability samples (devices
 * registered and online at each sample), time on FM fallback, bulletins played and their time on air, and of them the
 * relays of the source library. Sums over communes and days are plain sums.
 */
public record Activity(long deviceSamples, long onlineSamples, long fmSeconds, long broadcasts, long airSeconds, long relays,
                       long relaySeconds) implements Serializable {

    public static final Activity NONE = new Activity(0, 0, 0, 0, 0, 0, 0);

    public Activity {
        if (deviceSamples < 0 || onlineSamples < 0 || onlineSamples > deviceSamples || fmSeconds < 0 || broadcasts < 0 || airSeconds < 0
                || relays < 0 || relaySeconds < 0) {
            throw new IllegalArgumentException("not an activity: " + deviceSamples + "/" + onlineSamples);
        }
    }

    public Activity plus(Activity o) {
        return new Activity(deviceSamples + o.deviceSamples, onlineSamples + o.onlineSamples, fmSeconds + o.fmSeconds,
                broadcasts + o.broadcasts, airSeconds + o.airSeconds, relays + o.relays, relaySeconds + o.relaySeconds);
    }

    public static Activity sum(Collection<Activity> all) {
        return all.stream().reduce(NONE, Activity::plus);
    }

    /** The share of the time the devices were online, in per cent (one decimal), or null when none was sampled. */
    public BigDecimal availability() {
        return deviceSamples == 0 ? null
                : BigDecimal.valueOf(onlineSamples * 100L).divide(BigDecimal.valueOf(deviceSamples), 1, RoundingMode.HALF_UP);
    }

    public BigDecimal airHours() {
        return hours(airSeconds);
    }

    public BigDecimal relayHours() {
        return hours(relaySeconds);
    }

    public BigDecimal fmHours() {
        return hours(fmSeconds);
    }

    /** Whether anything was recorded at all (a unit without devices and broadcasts has nothing to show, not zeros). */
    public boolean recorded() {
        return deviceSamples > 0 || broadcasts > 0 || fmSeconds > 0;
    }

    static BigDecimal hours(long seconds) {
        return BigDecimal.valueOf(seconds).divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
    }
}
