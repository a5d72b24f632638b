package vn.nguon.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Credentials issued in Nguồn really open and close the broker's MQTT door: a device connects
 * with its secret, an old secret stops working after a rotation, nothing works after revocation,
 * and a device that was never issued credentials cannot connect at all.
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

        Api.as("binhlu.vanhanh").delete("devices/" + id + "/credentials");
        assertFalse(connects(id, second, false), "revoked: the device cannot connect");
    }
}
