package vn.nguon.broadcast.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.jms.BytesMessage;
import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Publishes device commands to their MQTT topics over one long-lived broker connection and a
 * small pool of sessions, each with one anonymous producer, kept for the life of the application.
 * <p>
 * The container's pooled factory ({@code java:/JmsXA}) hands out a session per call, and each
 * call built and closed a producer: for one command per device, that bookkeeping cost more than
 * the publication. Publications here are outside any transaction (non-persistent, see
 * {@link DeliverySender}), so nothing is lost by leaving the container's pool: the connection
 * reconnects by itself after a broker restart, and a failed publication fails the forwarding MDB,
 * whose message the broker redelivers.
 */
@ApplicationScoped
public class DeviceCommandPublisher {

    private static final Logger LOG = Logger.getLogger(DeviceCommandPublisher.class.getName());
    static final int SESSIONS = 16;

    @Inject
    @ConfigProperty(name = "ARTEMIS_HOST", defaultValue = "127.0.0.1")
    String host;
    @Inject
    @ConfigProperty(name = "ARTEMIS_PORT", defaultValue = "61616")
    int port;
    @Inject
    @ConfigProperty(name = "ARTEMIS_USER", defaultValue = "nguon")
    String user;
    @Inject
    @ConfigProperty(name = "ARTEMIS_PASSWORD", defaultValue = "nguon")
    String password;

    private Connection connection;
    /** Sessions made and not discarded (idle or in use). */
    private int open;
    private final BlockingQueue<Channel> idle = new ArrayBlockingQueue<>(SESSIONS);

    /** One session and its anonymous producer: used by one thread at a time. */
    record Channel(Session session, MessageProducer producer) {
    }

    /** Publishes the command to the device's command topic, non-persistently, at the given JMS priority. */
    public void publish(String deviceId, byte[] command, int priority) throws JMSException {
        Channel c = borrow();
        boolean healthy = false;
        try {
            BytesMessage m = c.session().createBytesMessage();
            m.writeBytes(command);
            c.producer().send(DeviceTopics.command(deviceId), m, DeliveryMode.NON_PERSISTENT, priority, 0);
            healthy = true;
        } finally {
            if (healthy) {
                idle.add(c);
            } else {
                discard(c);
            }
        }
    }

    private Channel borrow() throws JMSException {
        Channel c = idle.poll();
        if (c != null) {
            return c;
        }
        synchronized (this) {
            if (open < SESSIONS) {
                if (connection == null) {
                    ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(
                            "tcp://" + host + ":" + port + "?reconnectAttempts=-1&retryInterval=1000&maxRetryInterval=30000&retryIntervalMultiplier=2"
                                    // the publications leave in one write every 5 ms, not one system call each
                                    + "&batchDelay=5");
                    connection = factory.createConnection(user, password);
                    LOG.info(() -> "device command publisher connected to " + host + ":" + port);
                }
                Session s = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                Channel fresh = new Channel(s, s.createProducer(null));
                open++;
                return fresh;
            }
        }
        try {
            c = idle.poll(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (c == null) {
            throw new JMSException("no broker session free for device commands");
        }
        return c;
    }

    private synchronized void discard(Channel c) {
        open--;
        try {
            c.session().close();
        } catch (JMSException | RuntimeException ignored) {
            // a broken session: a fresh one is made on the next borrow
        }
    }

    @PreDestroy
    synchronized void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (JMSException e) {
                LOG.warning(() -> "closing the device command publisher: " + e);
            }
        }
    }
}
