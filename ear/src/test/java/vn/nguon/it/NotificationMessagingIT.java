package vn.nguon.it;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.notification.application.InboxService;
import vn.nguon.notification.domain.Notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Enumeration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JMS on the real Artemis broker: a notification sent in a committed transaction reaches the
 * inbox through the outbox, the queue and its MDB; one sent in a rolled-back transaction never
 * does; one the inbox cannot take is redelivered, then dead-lettered.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationMessagingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.backend("messaging-it", NotificationMessagingIT.class);
    }

    @Inject
    InboxService inbox;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    @Inject
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/nguon.DLQ")
    Queue deadLetters;

    @Test
    void onlyCommittedNotificationsAreConsumed() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String rolledBack = "it-rolled-back-" + run;
        String committed = "it-committed-" + run;

        // the rolled-back one goes first: the queue is FIFO, so once the committed one has been
        // consumed, the rolled-back one would have been consumed before it, had it been sent
        tx.begin();
        inbox.send(new Notification(rolledBack, "03390", "Không được gửi", "giao dịch bị hủy", null));
        tx.rollback();

        tx.begin();
        inbox.send(new Notification(committed, "03390", "Thông báo thử", "giao dịch đã cam kết", null));
        tx.commit();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (count(committed) == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        assertEquals(1, count(committed), "the committed notification reached the inbox");
        assertEquals(0, count(rolledBack), "the rolled-back notification never did");
    }

    @Test
    void aRedeliveredNotificationIsStoredOnce() throws Exception {
        String key = "it-twice-" + UUID.randomUUID().toString().substring(0, 8);
        Notification n = new Notification(key, "21343", "Gửi hai lần", "cùng một khóa", null);
        tx.begin();
        inbox.send(n);
        inbox.send(n);
        tx.commit();

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (count(key) == 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
        }
        Thread.sleep(1000); // leave the second copy time to be consumed too
        assertEquals(1, count(key));
    }

    @Test
    void aNotificationForAnUnknownUnitIsDeadLetteredNotLost() throws Exception {
        String key = "it-nowhere-" + UUID.randomUUID().toString().substring(0, 8);
        tx.begin();
        inbox.send(new Notification(key, "99999", "Không có đơn vị", "đơn vị không tồn tại", null));
        tx.commit();

        // five attempts, 1 + 2 + 4 + 8 s apart (broker.xml), then nguon.DLQ
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (!deadLettered(key) && Instant.now().isBefore(deadline)) {
            Thread.sleep(500);
        }
        assertTrue(deadLettered(key), "the notification waits in nguon.DLQ for an operator");
        assertEquals(0, count(key));
    }

    private boolean deadLettered(String key) throws JMSException {
        try (QueueBrowser browser = jms.createBrowser(deadLetters)) {
            Enumeration<?> messages = browser.getEnumeration();
            while (messages.hasMoreElements()) {
                if (messages.nextElement() instanceof TextMessage m && m.getText().contains(key)) {
                    return true;
                }
            }
            return false;
        }
    }

    private long count(String key) {
        return em.createQuery("select count(m) from InboxMessage m where m.key = :k", Long.class)
                .setParameter("k", key).getSingleResult();
    }
}
