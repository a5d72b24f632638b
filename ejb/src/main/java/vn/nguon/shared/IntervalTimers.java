package vn.nguon.shared;

import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;

/**
 * A bean's persistent interval timer, one for the whole cluster. A persistent timer outlives its
 * node and its deployment (WildFly keeps it in the distributed timer store of the clustered profile,
 * in its file store on a single node): a bean that creates its timer at every start would add one
 * per start and per node. The timer's name carries its interval, so a changed setting replaces it.
 */
public final class IntervalTimers {

    private IntervalTimers() {
    }

    /**
     * Makes sure the bean of {@code timers} has exactly one persistent timer called {@code name}
     * firing every {@code intervalMs} (the first time after at most 30 s): kept when it is there,
     * created when it is not; the bean's timers with another name or interval are cancelled.
     * @return whether a timer was created
     */
    public static boolean ensure(TimerService timers, String name, long intervalMs) {
        String info = name + "/" + intervalMs + "ms";
        boolean kept = false;
        for (Timer t : timers.getTimers()) {
            if (!t.isCalendarTimer() && t.isPersistent() && info.equals(t.getInfo()) && !kept) {
                kept = true;
            } else if (!t.isCalendarTimer()) {
                t.cancel();
            }
        }
        if (!kept) {
            timers.createIntervalTimer(Math.min(intervalMs, 30_000L), intervalMs, new TimerConfig(info, true));
        }
        return !kept;
    }
}
