package vn.nguon.broadcast.infrastructure;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.nguon.broadcast.domain.DeliveryState;
import vn.nguon.shared.SecondsHistogram;
import vn.nguon.shared.tx.AfterCommit;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the operators watch of the deliveries (docs/operations.md), counted once their transaction
 * has committed: {@code nguon_deliveries_ended_total{outcome}} (DONE, FAILED, EXPIRED, CANCELLED) and
 * {@code nguon_alert_acknowledgement_seconds}, from an alert's approval to each device's last word on it
 * (DONE or FAILED), a histogram ({@link SecondsHistogram}) whose top is the alert's last acknowledgement.
 * Labels never name a device.
 */
@ApplicationScoped
public class DeliveryMetrics {

    /** Buckets an operator reads an alert's reach by: the national target is every device within 5 minutes. */
    static final double[] ALERT_BUCKETS = {1, 2, 5, 10, 20, 30, 60, 120, 300, 900, 3600};

    @Inject
    MeterRegistry registry;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private final Map<DeliveryState, Counter> ended = new EnumMap<>(DeliveryState.class);
    private SecondsHistogram alertAcknowledgement;

    @PostConstruct
    void register() {
        // the registry's shortcut methods, not builders: the only registrations WildFly 39 exports (SecondsHistogram)
        for (DeliveryState s : DeliveryState.values()) {
            if (s.terminal()) {
                ended.put(s, registry.counter("nguon.deliveries.ended", "outcome", s.name()));
            }
        }
        alertAcknowledgement = new SecondsHistogram(registry, "nguon.alert.acknowledgement.seconds", Tags.empty(), ALERT_BUCKETS);
    }

    /**
     * Observing the application's start makes CDI create this bean then (and register its meters): a rule's
     * series exists, at 0, before anything happened.
     */
    void startup(@Observes @Initialized(ApplicationScoped.class) Object application) {
        // nothing more: being created is the point
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
            AfterCommit.run(transactions, () -> seconds.forEach(s -> alertAcknowledgement.record(Math.max(0, s))));
        }
    }
}
