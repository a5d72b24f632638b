package vn.nguon.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.paho.mqttv5.client.IMqttMessageListener;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttSubscription;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import vn.nguon.sim.Api;

/**
 * Credentials issued in Nguồn really open and close the broker's MQTT door: a device connects
 * with its secret, an old secret stops working after a rotation, nothing works after revocation
 * (an open connection is closed), and a device that was never issued credentials cannot connect
 * at all. A connected device subscribes to its own commands, never to another device's nor to
 * all of them.
 */
@ExtendWith(ArquillianExtension.class)
class DeviceBrokerIT {

    static final String MQTT = "tcp://127.0.0.1:1883";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    /** Whether the device can connect with the secret, waiting a little for the broker to apply a change. */
    static boolean connects(String id, String secret, boolean expected) throws Exception {
        boolean result = false;
        for (int i = 0; i < 30; i++) {
            result = tryConnect(id, secret);
            if (result == expected) {
                return result;
            }
            Thread.sleep(200);
        }
        return result;
    }

    static boolean tryConnect(String id, String secret) throws Exception {
        MqttClient client = new MqttClient(MQTT, id, new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName(id);
        options.setPassword(secret.getBytes(StandardCharsets.UTF_8));
        options.setConnectionTimeout(5);
        options.setAutomaticReconnect(false);
        try {
            client.connect(options);
            client.disconnect();
            return true;
        } catch (MqttException e) {
            return false;
        } finally {
            client.close();
        }
    }

    @Test
    void issuedRotatedRevoked() throws Exception {
        JsonObject device = Json.createObjectBuilder().add("type", "bang_tin")
                .add("name", "Bảng tin " + UUID.randomUUID().toString().substring(0, 6)).add("transport", "4g").build();
        String id = Api.as("binhlu.vanhanh").post("devices", device).json().getString("id");
        assertFalse(connects(id, "doan-bua", false), "no credentials yet");

        String first = Api.as("binhlu.vanhanh").post("devices/" + id + "/credentials", JsonObject.EMPTY_JSON_OBJECT)
                .json().getString("secret");
        assertTrue(connects(id, first, true), "the issued secret opens the broker");
        assertFalse(tryConnect(id, first + "x"), "a wrong secret does not");

        String second = Api.as("binhlu.vanhanh").post("devices/" + id + "/credentials", JsonObject.EMPTY_JSON_OBJECT)
                .json().getString("secret");
        assertTrue(connects(id, second, true));
        assertFalse(connects(id, first, false), "the rotated secret no longer works");

        MqttClient online = new MqttClient(MQTT, id, new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName(id);
        options.setPassword(second.getBytes(StandardCharsets.UTF_8));
        options.setAutomaticReconnect(false);
        online.connect(options);
        try {
            Api.as("binhlu.vanhanh").delete("devices/" + id + "/credentials");
            for (int i = 0; i < 50 && online.isConnected(); i++) {
                Thread.sleep(100);
            }
            assertFalse(online.isConnected(), "revoked: the broker closes the connection the device had open");
        } finally {
            online.close(true);
        }
        assertFalse(connects(id, second, false), "revoked: the device cannot connect");
    }

    @Test
    void aDeviceListensToItsOwnCommandsOnly() throws Exception {
        String[] ids = new String[2];
        String[] secrets = new String[2];
        for (int i = 0; i < 2; i++) {
            ids[i] = Api.as("binhlu.vanhanh").post("devices", Json.createObjectBuilder().add("type", "cum_loa")
                    .add("name", "Cụm loa " + UUID.randomUUID().toString().substring(0, 6)).add("transport", "4g").build())
                    .json().getString("id");
            secrets[i] = Api.as("binhlu.vanhanh").post("devices/" + ids[i] + "/credentials", JsonObject.EMPTY_JSON_OBJECT)
                    .json().getString("secret");
        }
        assertTrue(connects(ids[0], secrets[0], true));
        MqttClient client = new MqttClient(MQTT, ids[0], new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName(ids[0]);
        options.setPassword(secrets[0].getBytes(StandardCharsets.UTF_8));
        options.setAutomaticReconnect(false);
        client.connect(options);
        try {
            assertTrue(granted(client, "nguon/dev/" + ids[0] + "/cmd"), "its own commands");
            assertFalse(granted(client, "nguon/dev/" + ids[1] + "/cmd"), "another device's commands");
            assertFalse(granted(client, "nguon/dev/+/cmd"), "every device's commands");
            assertFalse(granted(client, "nguon/dev/#"), "the whole device tree");
        } finally {
            if (client.isConnected()) {
                client.disconnect();
            }
            client.close();
        }
    }

    /** Whether the broker grants the QoS 1 subscription (MQTT 5 SUBACK reason code below 0x80). */
    static boolean granted(MqttClient client, String filter) {
        try {
            IMqttToken token = client.subscribe(new MqttSubscription[]{new MqttSubscription(filter, 1)},
                    new IMqttMessageListener[]{(t, m) -> { }});
            int[] codes = token.getReasonCodes();
            return codes != null && codes.length > 0 && codes[0] < 0x80;
        } catch (MqttException refused) {
            return false;
        }
    }
}
