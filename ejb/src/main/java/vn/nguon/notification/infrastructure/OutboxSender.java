package vn.nguon.notification.infrastructure;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.nguon.shared.db.NativeSql;

import java.util.ArrayList;
import java.util.List;

/**
 * One batch out of the outbox: the oldest rows that no other relay holds, sent to the queue and
 * deleted in one transaction (JMS and database commit together), so a row is queued exactly when
 * it leaves the outbox. A redelivered or re-sent notification is still stored once (by key).
 */
@Stateless
public class OutboxSender {

    static final int BATCH = 200;

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    @Inject
    JmsNotificationPublisher publisher;

    /** @return how many notifications were queued */
    public int sendBatch() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT id, payload FROM notification_outbox ORDER BY id
                        LIMIT ?1 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, BATCH).getResultList();
        if (rows.isEmpty()) {
            return 0;
        }
        List<Long> ids = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            ids.add(((Number) row[0]).longValue());
            publisher.publish((String) row[1]);
        }
        em.createNativeQuery("DELETE FROM notification_outbox WHERE id IN (?1)")
                .setHint(NativeSql.TABLES, "notification_outbox")
                .setParameter(1, ids).executeUpdate();
        return rows.size();
    }
}
