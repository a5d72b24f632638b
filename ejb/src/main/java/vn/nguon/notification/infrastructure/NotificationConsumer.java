package vn.nguon.notification.infrastructure;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import vn.nguon.notification.application.InboxService;

/**
 * Stores each notification from the queue in the recipient's inbox. Not XA: the inbox row is
 * committed in its own database transaction and the message is acknowledged to the broker
 * afterwards (no two-phase commit per notification); a crash in between delivers it again, and
 * the inbox stores a notification key once. Exceptions propagate: the broker redelivers, then
 * dead-letters to {@code nguon.DLQ}.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JmsNotificationPublisher.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class NotificationConsumer implements MessageListener {

    @Inject
    InboxService inbox;

    @Override
    public void onMessage(Message message) {
        try {
            inbox.deliver(NotificationJson.read(message.getBody(String.class)));
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read notification message", e);
        }
    }
}
