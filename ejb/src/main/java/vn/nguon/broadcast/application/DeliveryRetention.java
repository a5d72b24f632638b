package vn.nguon.broadcast.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nguon.audit.application.AuditLog;
import vn.nguon.broadcast.domain.BroadcastRepository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The retention policy of the broadcast log (docs/operations.md "Retention"): every night, deliveries
 * whose slot and expiry are older than {@code NGUON_RETENTION_DELIVERY_DAYS} (90 by default) are deleted
 * in batches, each in its own short transaction, except the plays of source library relays (the record of a
 * mandatory relay, which the relay tracking counts). What the dashboards show of them was rolled up into
 * {@code activity_day} long before (the roll-up recomputes only today and yesterday). Each run that deleted
 * something leaves one audit event with its count.
 */
@Stateless
@PermitAll
public class DeliveryRetention {

    private static final Logger LOG = Logger.getLogger(DeliveryRetention.class.getName());

    /** Below this, the roll-up of the days being deleted might not be final, and an operator's typo would wipe the log. */
    public static final int MIN_DAYS = 7;
    static final int BATCH = 5_000;
    /** One night's run stops after this many batches (a backlog is worked off over the following nights). */
    static final int MAX_BATCHES = 400;

    @Inject
    @ConfigProperty(name = "NGUON_RETENTION_DELIVERY_DAYS", defaultValue = "90")
    int days;

    @Inject
    BroadcastRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    DeliveryRetention self;

    Clock clock = Clock.systemUTC();

    /** How many days of deliveries are kept (what a view over the broadcast log may reach back). */
    public int days() {
        return days;
    }

    @Schedule(hour = "2", minute = "40", timezone = "Asia/Ho_Chi_Minh", persistent = true, info = "nguon-delivery-retention") // once per cluster
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        vn.nguon.shared.health.TimerTicks.record("delivery-retention");
        try {
            apply();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the deliveries' retention failed; tomorrow's run catches up", e);
        }
    }

    /** One run: returns how many deliveries were deleted (none when the configured days are below {@link #MIN_DAYS}). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long apply() {
        if (days < MIN_DAYS) {
            LOG.severe(() -> "NGUON_RETENTION_DELIVERY_DAYS=" + days + " is below " + MIN_DAYS + ": no delivery is deleted");
            return 0;
        }
        Instant before = clock.instant().minus(Duration.ofDays(days));
        long deleted = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            int n = self.batch(before);
            deleted += n;
            if (n < BATCH) {
                break;
            }
        }
        if (deleted > 0) {
            long total = deleted;
            self.audited(total, before);
            LOG.info(() -> total + " deliveries with slots before " + before + " deleted (retention " + days + " days)");
        }
        return deleted;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int batch(Instant before) {
        return repository.deleteOldDeliveries(before, BATCH);
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void audited(long deleted, Instant before) {
        audit.recordAs("system", vn.nguon.org.domain.AdministrativeUnitList.MINISTRY_CODE, "retention", "delivery", "delete", null, null,
                deleted + " deliveries before " + before + " (" + days + " days kept)", clock.instant());
    }
}
