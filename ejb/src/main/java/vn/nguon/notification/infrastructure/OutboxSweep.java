package vn.nguon.notification.infrastructure;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Every 10 seconds, wakes the relay for notifications that no commit woke it for (after a crash, or while the broker was away). */
@Singleton
public class OutboxSweep {

    @Inject
    NotificationRelay relay;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = true, info = "nguon-outbox-sweep") // once per cluster
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        vn.nguon.shared.health.TimerTicks.record("outbox-sweep");
        relay.wake();
    }
}
