package vn.nguon.broadcast.infrastructure;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
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
 * Forwards each device command from {@code nguon.deliveries} to the device's MQTT command topic,
 * in one transaction with the broker: a command is taken off the queue exactly when it was
 * published (a crash in between redelivers it; the device plays a delivery id at most once).
 * The payload is sent as bytes, which MQTT subscribers receive unchanged.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = DeliveryQueue.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
})
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
