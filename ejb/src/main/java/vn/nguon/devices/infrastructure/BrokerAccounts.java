package vn.nguon.devices.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;

/**
 * The devices' accounts on the broker (role {@code device}, kept in the broker's journal by
 * Nguồn's security manager, {@code wildfly-config/broker-plugin}), in step with the registry
 * through Artemis management messages sent in the caller's transaction: a rolled-back credential
 * change never reaches the broker, a committed one does. Which topics a device may use is not
 * configured per device: the broker's security manager lets an account with the role
 * {@code device} use {@code nguon/dev/<its own id>/…} alone.
 */
@ApplicationScoped
public class BrokerAccounts {

    static final String MANAGEMENT_ADDRESS = "activemq.management";
    static final String ROLE = "device";

    @Resource(lookup = "java:/JmsXA")
    ConnectionFactory factory;

    /** The device may connect with this secret (and no other), and use only its own topics {@code nguon/dev/<id>/…}. */
    public void grant(String deviceId, String secret) {
        // remove first: addUser refuses an existing user; a failed remove (no such user) is harmless
        invoke("removeUser", Json.createArrayBuilder().add(deviceId));
        invoke("addUser", Json.createArrayBuilder().add(deviceId).add(secret).add(ROLE).add(false));
        forgetSessions(deviceId);
    }

    /** The device may no longer connect. */
    public void revoke(String deviceId) {
        invoke("removeUser", Json.createArrayBuilder().add(deviceId));
        forgetSessions(deviceId);
    }

    /**
     * The broker caches successful logins (broker.xml: for minutes, so that tens of thousands of
     * devices are not authenticated again and again): a changed or revoked secret takes effect
     * only once that cache is cleared. The device's open connections, made with the old secret,
     * are closed; it reconnects with whatever secret it holds.
     */
    private void forgetSessions(String deviceId) {
        invoke("clearAuthenticationCache", Json.createArrayBuilder());
        invoke("closeConnectionsForUser", Json.createArrayBuilder().add(deviceId));
    }

    private void invoke(String operation, JsonArrayBuilder parameters) {
        try (JMSContext context = factory.createContext()) {
            TextMessage m = context.createTextMessage(parameters.build().toString());
            m.setStringProperty("_AMQ_ResourceName", "broker");
            m.setStringProperty("_AMQ_OperationName", operation);
            JMSProducer producer = context.createProducer();
            producer.send(context.createQueue(MANAGEMENT_ADDRESS), m);
        } catch (JMSException e) {
            throw new IllegalStateException("cannot " + operation + " on the broker", e);
        }
    }
}
