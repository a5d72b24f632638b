package vn.nguon.shared.health;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where Nguồn's timers run: each timer's timeout records a tick here, and {@link TimersReadiness} shows
 * them. In a cluster a persistent timer fires on one node at a time, so one node's count moves and
 * the others' stay still until that node dies. (In the EAR's library with the health checks, which
 * cannot see the EJB module; the EJB module sees this class.)
 */
public final class TimerTicks {

    private record Ticks(long count, Instant last) {
    }

    private static final Map<String, Ticks> TICKS = new ConcurrentHashMap<>();

    private TimerTicks() {
    }

    /** The timer called {@code name} fired on this node now. */
    public static void record(String name) {
        TICKS.merge(name, new Ticks(1, Instant.now()), (before, now) -> new Ticks(before.count() + 1, now.last()));
    }

    /** For each timer that fired on this node: how many times, and when last ("12 @ 2026-12-06T10:00:00Z"). */
    public static Map<String, String> snapshot() {
        Map<String, String> out = new TreeMap<>();
        TICKS.forEach((name, t) -> out.put(name, t.count() + " @ " + t.last()));
        return out;
    }
}
