package vn.nguon.devices.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most one log line per key (a device) per {@link #quiet} period: a device that sends a thousand bad
 * messages a minute writes one line a minute, which says how many were not logged since the last one.
 * The map is bounded: past {@link #MAX_KEYS} keys it starts afresh (a flood of forged device ids cannot
 * grow it without limit).
 */
public final class LogThrottle {

    static final int MAX_KEYS = 10_000;

    private record Window(Instant loggedAt, int suppressed) {
    }

    private final Duration quiet;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public LogThrottle(Duration quiet) {
        this.quiet = quiet;
    }

    /**
     * @return -1 when this event is not to be logged; otherwise how many events of {@code key} were left out
     * since the last line (0 for the first)
     */
    public int admit(String key, Instant now) {
        if (windows.size() > MAX_KEYS) {
            windows.clear();
        }
        int[] out = {-1};
        windows.compute(key, (k, w) -> {
            if (w == null || !now.isBefore(w.loggedAt().plus(quiet))) {
                out[0] = w == null ? 0 : w.suppressed();
                return new Window(now, 0);
            }
            return new Window(w.loggedAt(), w.suppressed() + 1);
        });
        return out[0];
    }
}
