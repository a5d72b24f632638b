package vn.nguon.notification.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;

/**
 * Sends notifications (as {@link NotificationJson}) to the {@code nguon.notifications} queue. The
 * injected JMS context joins the caller's JTA transaction, so the message is only delivered if
 * that transaction commits.
 */
@ApplicationScoped
public class JmsNotificationPublisher {

    public static final String QUEUE = "java:/jms/queue/nguon.notifications";

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = QUEUE)
    Queue queue;

    public void publish(String notificationJson) {
        jms.createProducer()
                .setDeliveryMode(DeliveryMode.PERSISTENT)
                .send(queue, notificationJson);
    }
}
