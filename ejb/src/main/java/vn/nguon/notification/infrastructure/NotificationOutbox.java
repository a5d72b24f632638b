package vn.nguon.notification.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import vn.nguon.notification.domain.Notification;
import vn.nguon.shared.tx.AfterCommit;

import java.time.Clock;
import java.time.Instant;

/**
 * Writes notifications into the outbox table in the caller's transaction, so a notification
 * exists exactly when the change it reports was committed, and nothing but the database takes
 * part in that commit. Once the transaction has committed, the relay is woken to queue them.
 */
@ApplicationScoped
public class NotificationOutbox {

    private static final Object WAKE_REGISTERED = NotificationOutbox.class;

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    NotificationRelay relay;

    public void add(Notification notification) {
        em.persist(new OutboxEntry(NotificationJson.write(notification), Instant.now(Clock.systemUTC())));
        if (transactions.getResource(WAKE_REGISTERED) == null) {
            transactions.putResource(WAKE_REGISTERED, Boolean.TRUE);
            AfterCommit.run(transactions, relay::wake);
        }
    }
}
