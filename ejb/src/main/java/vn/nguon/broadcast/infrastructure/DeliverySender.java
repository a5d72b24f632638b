package vn.nguon.broadcast.infrastructure;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import java.nio.charset.StandardCharsets;

/**
 * Forwards each device command from {@code nguon.deliveries} to the device's MQTT command topic.
 * Deliberately outside any transaction (no XA between two destinations of the same broker): the
 * command is acknowledged after it was published, so a crash in between publishes it again, and
 * the device plays a delivery id at most once — idempotent instead of transactional, with no
 * in-doubt transaction for a restarted server to recover. A failure redelivers the command (and
 * dead-letters it after the broker's attempts). The payload is sent as bytes, which MQTT
 * subscribers receive unchanged.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = DeliveryQueue.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "32")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliverySender implements MessageListener {

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Override
    public void onMessage(Message message) {
        try {
            String device = message.getStringProperty(DeliveryQueue.DEVICE);
            String command = ((TextMessage) message).getText();
            if (device == null || command == null) {
                throw new IllegalArgumentException("a device command without its device or body");
            }
            long expires = message.propertyExists(DeliveryQueue.EXPIRES) ? message.getLongProperty(DeliveryQueue.EXPIRES) : 0;
            if (expires > 0 && expires < System.currentTimeMillis()) {
                return; // too late to play: the delivery expires unplayed
            }
            jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT).setPriority(message.getJMSPriority())
                    .send(DeviceTopics.command(device), command.getBytes(StandardCharsets.UTF_8));
        } catch (JMSException e) {
            throw new IllegalStateException("cannot forward a device command", e);
        }
    }
}
