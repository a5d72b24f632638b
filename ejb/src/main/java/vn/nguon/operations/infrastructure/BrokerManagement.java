package vn.nguon.operations.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSConsumer;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TemporaryQueue;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonReader;
import jakarta.transaction.Transactional;

import java.io.StringReader;
import java.util.OptionalDouble;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Attributes of the broker and its queues (a queue's depth, the journal's disk use), asked through an
 * Artemis management message (request and reply on a temporary queue), outside any transaction: the
 * request must reach the broker before the reply is awaited.
 */
@ApplicationScoped
public class BrokerManagement {

    private static final Logger LOG = Logger.getLogger(BrokerManagement.class.getName());
    static final String MANAGEMENT_ADDRESS = "activemq.management";
    static final long REPLY_MILLIS = 5_000;

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory factory;

    /** Messages in {@code queue} now (delivering ones included), or empty when the broker does not answer. */
    public OptionalDouble depth(String queue) {
        return attribute("queue." + queue, "messageCount");
    }

    /**
     * How full the journal's disk is, 0–1 ({@code diskStoreUsage}: the broker blocks producers at its
     * {@code max-disk-usage}, 90 % by default), or empty when the broker does not answer.
     */
    public OptionalDouble diskStoreUsage() {
        return attribute("broker", "diskStoreUsage");
    }

    /** A management attribute's value ({@code resource}: {@code broker}, {@code queue.<name>}), or empty. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public OptionalDouble attribute(String resource, String attribute) {
        try (JMSContext context = factory.createContext(JMSContext.AUTO_ACKNOWLEDGE)) {
            TemporaryQueue replies = context.createTemporaryQueue();
            Message request = context.createMessage();
            request.setStringProperty("_AMQ_ResourceName", resource);
            request.setStringProperty("_AMQ_Attribute", attribute);
            request.setJMSReplyTo(replies);
            try (JMSConsumer consumer = context.createConsumer(replies)) {
                context.createProducer().send(context.createQueue(MANAGEMENT_ADDRESS), request);
                Message reply = consumer.receive(REPLY_MILLIS);
                if (reply == null || !reply.getBooleanProperty("_AMQ_OperationSucceeded")) {
                    return OptionalDouble.empty();
                }
                return parse(reply.getBody(String.class));
            }
        } catch (JMSException | RuntimeException e) {
            LOG.log(Level.FINE, e, () -> "the broker did not answer " + resource + " " + attribute);
            return OptionalDouble.empty();
        }
    }

    /** The management reply's body: a JSON array holding the attribute's value. */
    static OptionalDouble parse(String body) {
        if (body == null) {
            return OptionalDouble.empty();
        }
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            JsonArray a = r.readArray();
            return !a.isEmpty() && a.get(0) instanceof JsonNumber n ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty();
        } catch (RuntimeException e) {
            return OptionalDouble.empty();
        }
    }
}
