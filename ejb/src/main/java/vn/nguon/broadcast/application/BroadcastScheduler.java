package vn.nguon.broadcast.application;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The clock of dispatch: every second, the due slots of approved bulletins (emergencies first),
 * each in its own transaction; every 15 s, deliveries nobody played in time are marked expired,
 * devices silent for three heartbeats are marked offline, and what an online device has not
 * acknowledged for 30 s is sent again.
 * A tick still running makes the next one skip. The timer is persistent, so that a cluster ticks once
 * (on the node that owns the timer); the database's row locks would keep several nodes apart anyway.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BroadcastScheduler {

    private static final Logger LOG = Logger.getLogger(BroadcastScheduler.class.getName());

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicLong ticks = new AtomicLong();

    @Inject
    Dispatcher dispatcher;

    @Inject
    vn.nguon.devices.application.DeviceTelemetry telemetry;

    // persistent: in a cluster the timer fires on one node (WildFly's distributed timer store), and on
    // another when that node dies; on a single node, the file store
    @Schedule(hour = "*", minute = "*", second = "*", persistent = true, info = "nguon-dispatch")
    public void tick() {
        vn.nguon.shared.health.TimerTicks.record("dispatch");
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            for (long id : dispatcher.due()) {
                try {
                    dispatcher.dispatch(id);
                } catch (RuntimeException e) {
                    LOG.log(Level.SEVERE, "cannot dispatch bulletin " + id + "; retrying at the next tick", e);
                }
            }
            if (ticks.incrementAndGet() % 15 == 0) {
                int n = dispatcher.expire();
                if (n > 0) {
                    LOG.info(() -> n + " deliveries expired unplayed");
                }
                int silent = telemetry.markSilentOffline(); // before the resend: it goes to online devices only
                if (silent > 0) {
                    LOG.info(() -> silent + " devices silent for three heartbeats marked offline");
                }
                int again = dispatcher.resend();
                if (again > 0) {
                    LOG.info(() -> again + " unacknowledged deliveries sent again to online devices");
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "dispatch tick failed", e);
        } finally {
            running.set(false);
        }
    }
}
