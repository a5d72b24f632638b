package vn.nguon.feedback.application;

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
 * The deadline round ({@link FeedbackDesk#escalateOverdue}) every {@code nguon.feedback.check-seconds} (default
 * 300): an item past its deadline is escalated to the unit above once. Idempotent: an escalated item is not again.
 */
@Singleton
@Startup
@PermitAll
public class FeedbackDeadlines {

    private static final Logger LOG = Logger.getLogger(FeedbackDeadlines.class.getName());

    @Inject
    @ConfigProperty(name = "nguon.feedback.check-seconds", defaultValue = "300")
    long seconds;

    @Inject
    FeedbackDesk desk;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        long ms = Math.max(1, seconds) * 1000L;
        // persistent: one round for the whole cluster, taken over by another node when this one dies
        vn.nguon.shared.IntervalTimers.ensure(timers, "feedback-deadlines", ms);
    }

    @Timeout
    void round() {
        vn.nguon.shared.health.TimerTicks.record("feedback-deadlines");
        try {
            int n = desk.escalateOverdue();
            if (n > 0) {
                LOG.info(() -> "feedback: " + n + " overdue items escalated");
            }
        } catch (RuntimeException e) {
            LOG.warning("feedback deadline round failed, tried again next time: " + e);
        }
    }
}
