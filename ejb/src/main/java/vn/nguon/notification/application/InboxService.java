package vn.nguon.notification.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.notification.domain.InboxMessage;
import vn.nguon.notification.domain.InboxRepository;
import vn.nguon.notification.domain.Notification;
import vn.nguon.notification.infrastructure.NotificationOutbox;
import vn.nguon.org.domain.OrgUnitRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * Units' inboxes: {@link #send} writes a notification to the outbox in the caller's transaction,
 * from where it travels through the {@code nguon.notifications} queue; {@link #deliver} (called by
 * the queue's consumer) stores it, at most once per notification key.
 */
@Stateless
public class InboxService {

    private static final Logger LOG = Logger.getLogger(InboxService.class.getName());

    @Inject
    InboxRepository inbox;

    @Inject
    OrgUnitRepository units;

    @Inject
    NotificationOutbox outbox;

    /** Queues a notification with the caller's transaction: it is delivered if, and only if, that transaction commits. */
    public void send(Notification notification) {
        outbox.add(notification);
    }

    public void deliver(Notification n) {
        if (inbox.existsByKey(n.key())) {
            LOG.fine(() -> "notification " + n.key() + " already delivered");
            return;
        }
        if (units.find(n.unitCode()).isEmpty()) {
            // a notification for a unit that does not exist is a sender's bug: dropping it would
            // hide the bug, retrying cannot fix it; let it go to the dead-letter queue
            throw new IllegalArgumentException("notification " + n.key() + " for unknown unit " + n.unitCode());
        }
        inbox.add(new InboxMessage(n, Instant.now(Clock.systemUTC())));
    }
}
