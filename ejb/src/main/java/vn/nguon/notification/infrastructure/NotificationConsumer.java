package vn.nguon.notification.infrastructure;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import vn.nguon.notification.application.InboxService;

/**
 * Stores each notification from the queue in the recipient's inbox. Exceptions propagate: the
 * transaction rolls back and the broker redelivers, then dead-letters to {@code nguon.DLQ}.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = JmsNotificationPublisher.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
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
