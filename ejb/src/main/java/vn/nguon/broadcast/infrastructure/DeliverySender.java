package vn.nguon.broadcast.infrastructure;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.jms.TextMessage;

import vn.nguon.shared.LogContext;

import java.nio.charset.StandardCharsets;

/**
 * Forwards each device command from {@code nguon.deliveries} to the device's MQTT command topic.
 * <p>
 * Durability lives in the database and at the ends, not on this hop: the delivery is stored and
 * its command queued persistently in one transaction by the dispatcher; here the command is
 * published to the device's topic as a non-persistent message (no journal write per device: the
 * broker keeps it in the device's session queue, in memory, while the device is away) and then
 * acknowledged, outside any transaction. Whatever this hop loses — a crash between publishing and
 * acknowledging, a broker restart while a device is offline — the dispatcher sends again for any
 * online device that has not acknowledged ({@code Dispatcher#resend}), with the same delivery id,
 * which the device plays at most once. A failure here redelivers the command (and dead-letters it
 * after the broker's attempts). The payload is sent as bytes, which MQTT subscribers receive unchanged,
 * through {@link DeviceCommandPublisher}'s long-lived sessions. Each forwarding is a span of the trace
 * its command was queued in ({@link DeliveryTracing}): an alert's trace runs from its approval to
 * every device's topic.
 */
@MessageDriven(activationConfig = {
        @ActivationConfigProperty(propertyName = "destinationLookup", propertyValue = DeliveryQueue.QUEUE),
        @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Queue"),
        @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "16")
})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DeliverySender implements MessageListener {

    @Inject
    DeviceCommandPublisher publisher;

    @Inject
    DeliveryTracing tracing;

    @Override
    public void onMessage(Message message) {
        String delivery;
        try {
            delivery = message.getStringProperty(DeliveryQueue.DELIVERY);
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read a device command", e);
        }
        Span span = tracing.processing(message, delivery); // continues the trace of the command's queueing
        try (Scope traced = span.makeCurrent(); LogContext ignored = LogContext.of("delivery.id", delivery)) {
            forward(message);
        } catch (RuntimeException e) {
            DeliveryTracing.failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }

    private void forward(Message message) {
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
            publisher.publish(device, command.getBytes(StandardCharsets.UTF_8), message.getJMSPriority());
        } catch (JMSException e) {
            throw new IllegalStateException("cannot forward a device command", e);
        }
    }
}
