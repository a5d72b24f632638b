package vn.nguon.broadcast.infrastructure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.nguon.broadcast.domain.DeliveryState;
import vn.nguon.shared.tx.AfterCommit;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the operators watch of the deliveries (docs/operations.md), counted once their transaction
 * has committed: {@code nguon_deliveries_ended_total{outcome}} (DONE, FAILED, EXPIRED, CANCELLED) and
 * {@code nguon_alert_acknowledgement_seconds}, from an alert's approval to each device's last word on it
 * (DONE or FAILED), a histogram whose top is the alert's last acknowledgement. Labels never name a device.
 */
@ApplicationScoped
public class DeliveryMetrics {

    /** Buckets an operator reads an alert's reach by: the national target is every device within 5 minutes. */
    static final Duration[] ALERT_BUCKETS = {Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(5),
            Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(30), Duration.ofSeconds(60),
            Duration.ofMinutes(2), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofHours(1)};

    @Inject
    MeterRegistry registry;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Map<DeliveryState, Counter> ended = new EnumMap<>(DeliveryState.class);
    private Timer alertAcknowledgement;

    @PostConstruct
    void register() {
        for (DeliveryState s : DeliveryState.values()) {
            if (s.terminal()) {
                ended.put(s, Counter.builder("nguon.deliveries.ended").tag("outcome", s.name())
                        .description("Deliveries that reached an outcome (one bulletin slot on one device)").register(registry));
            }
        }
        alertAcknowledgement = Timer.builder("nguon.alert.acknowledgement")
                .description("From an emergency alert's approval to a device's final acknowledgement (DONE or FAILED)")
                .serviceLevelObjectives(ALERT_BUCKETS)
                .register(registry);
    }

    /** Registered when the application starts: a rule's series exists (at 0) before anything happened. */
    void startup(@Observes @Initialized(ApplicationScoped.class) Object application) {
        ended.size();
    }

    /** {@code count} deliveries reached {@code outcome} in the current transaction. */
    public void ended(DeliveryState outcome, int count) {
        if (count > 0 && outcome.terminal()) {
            AfterCommit.run(transactions, () -> ended.get(outcome).increment(count));
        }
    }

    /** Devices acknowledged an alert for good, each {@code seconds} after its approval, in the current transaction. */
    public void alertAcknowledged(List<Double> seconds) {
        if (!seconds.isEmpty()) {
            AfterCommit.run(transactions, () -> seconds.forEach(
                    s -> alertAcknowledgement.record(Duration.ofNanos((long) (Math.max(0, s) * 1e9)))));
        }
    }
}
