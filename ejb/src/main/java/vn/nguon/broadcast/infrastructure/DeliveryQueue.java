package vn.nguon.broadcast.infrastructure;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Scope;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.DeliveryMode;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.jms.TextMessage;

/**
 * The persistent queue of device commands ({@code nguon.deliveries}): one message per command per
 * device, sent in the caller's transaction, so commands exist exactly when their deliveries were
 * committed. {@link DeliverySender} forwards each to the device's MQTT topic.
 */
@ApplicationScoped
public class DeliveryQueue {

    public static final String QUEUE = "java:/jms/queue/nguon.deliveries";
    static final String DEVICE = "deviceId";
    static final String EXPIRES = "expiresAt";
    static final String DELIVERY = "deliveryId";

    /** The container's pooled factory: a context made in a transaction sends in it. */
    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory factory;

    @Resource(lookup = QUEUE)
    Queue queue;

    @Inject
    DeliveryTracing tracing;

    /**
     * One command for one device.
     *
     * @param jmsPriority 0–9: emergencies (9) overtake commands still queued
     * @param expiresAt   epoch millis after which the command is not worth forwarding (the delivery
     *                    expires unplayed), or 0
     * @param deliveryId  the delivery a PLAY is for (in the logs of its forwarding), or null
     */
    public record Command(String deviceId, String json, int jmsPriority, long expiresAt, java.util.UUID deliveryId) {

        /** A command that is not one delivery's PLAY (STOP, VOLUME, CANCEL, SYNC_SCHEDULE). */
        public Command(String deviceId, String json, int jmsPriority, long expiresAt) {
            this(deviceId, json, jmsPriority, expiresAt, null);
        }
    }

    /**
     * Queues the commands in the caller's transaction, with one context and one producer (the
     * injected {@code JMSContext} looked its transaction's context up again on every call: for a
     * dispatch to thousands of devices, a bean resolution per message). Each message carries the
     * trace of the queueing ({@link DeliveryTracing}).
     */
    public void sendAll(java.util.List<Command> commands) {
        if (commands.isEmpty()) {
            return;
        }
        Span span = tracing.publishing(commands.size());
        try (Scope ignored = span.makeCurrent(); JMSContext jms = factory.createContext()) {
            java.util.Map<String, String> trace = tracing.carrier();
            JMSProducer p = jms.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
            for (Command c : commands) {
                try {
                    TextMessage m = jms.createTextMessage(c.json());
                    DeliveryTracing.carry(trace, m);
                    m.setStringProperty(DEVICE, c.deviceId());
                    m.setLongProperty(EXPIRES, c.expiresAt());
                    if (c.deliveryId() != null) {
                        m.setStringProperty(DELIVERY, c.deliveryId().toString());
                    }
                    p.setPriority(c.jmsPriority()).send(queue, m);
                } catch (JMSException e) {
                    throw new IllegalStateException("cannot queue a command for " + c.deviceId(), e);
                }
            }
        } catch (RuntimeException e) {
            DeliveryTracing.failed(span, e);
            throw e;
        } finally {
            span.end();
        }
    }
}
