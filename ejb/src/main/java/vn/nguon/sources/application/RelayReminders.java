package vn.nguon.sources.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.logging.Logger;

/**
 * Runs the mandatory relays' round ({@link RelayTracking#remind}) every {@code nguon.relay.check-seconds}
 * (default 900: a reminder goes out on the morning of its day, a late notice within a quarter of an hour of
 * the window's end). Each round is idempotent: a day's reminder and a requirement's late notice go once.
 */
@Singleton
@Startup
@PermitAll
public class RelayReminders {

    private static final Logger LOG = Logger.getLogger(RelayReminders.class.getName());

    @Inject
    @ConfigProperty(name = "nguon.relay.check-seconds", defaultValue = "900")
    long seconds;

    @Inject
    RelayTracking tracking;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        long ms = Math.max(1, seconds) * 1000L;
        // persistent: one round for the whole cluster, taken over by another node when this one dies
        vn.nguon.shared.IntervalTimers.ensure(timers, "relay-reminders", ms);
    }

    @Timeout
    void round() {
        vn.nguon.shared.health.TimerTicks.record("relay-reminders");
        try {
            int sent = tracking.remind();
            if (sent > 0) {
                LOG.info(() -> "mandatory relays: " + sent + " notices");
            }
        } catch (RuntimeException e) {
            LOG.warning("mandatory relays' round failed, tried again next time: " + e);
        }
    }
}
