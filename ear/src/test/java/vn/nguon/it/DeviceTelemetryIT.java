package vn.nguon.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import vn.nguon.sim.Api;

/**
 * A device speaking the real protocol over MQTT 5: its status and heartbeats reach the registry,
 * a malformed message is refused without stopping the consumer, and its Last Will marks it
 * offline when the link drops.
 */
@ExtendWith(ArquillianExtension.class)
class DeviceTelemetryIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static JsonObject await(String id, Predicate<JsonObject> condition, String what) throws InterruptedException {
        JsonObject last = null;
        for (int i = 0; i < 100; i++) {
            last = Api.as("binhlu.vanhanh").get("devices").body().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(o -> o.getString("id").equals(id)).findFirst().orElseThrow();
            if (condition.test(last)) {
                return last;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(what + ", but the device is " + last);
    }

    static MqttMessage message(String json, boolean retained) {
        MqttMessage m = new MqttMessage(json.getBytes(StandardCharsets.UTF_8));
        m.setQos(1);
        m.setRetained(retained);
        return m;
    }

    @Test
    void statusHeartbeatMalformedAndLastWill() throws Exception {
        String id = Api.as("binhlu.vanhanh").post("devices", Json.createObjectBuilder().add("type", "cum_loa")
                .add("name", "Cụm loa " + UUID.randomUUID().toString().substring(0, 6)).add("transport", "4g").build())
                .json().getString("id");
        String secret = Api.as("binhlu.vanhanh").post("devices/" + id + "/credentials", JsonObject.EMPTY_JSON_OBJECT)
                .json().getString("secret");
        String now = OffsetDateTime.now().toString();

        MqttClient device = new MqttClient(DeviceBrokerIT.MQTT, id, new MemoryPersistence());
        MqttConnectionOptions options = new MqttConnectionOptions();
        options.setUserName(id);
        options.setPassword(secret.getBytes(StandardCharsets.UTF_8));
        options.setAutomaticReconnect(false);
        options.setWill("nguon/dev/" + id + "/status",
                message("{\"v\":1,\"type\":\"STATUS\",\"online\":false,\"at\":\"" + now + "\"}", true));
        for (int i = 0; ; i++) { // the broker learns the new account when the API's transaction commits
            try {
                device.connect(options);
                break;
            } catch (Exception e) {
                if (i > 30) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }

        device.publish("nguon/dev/" + id + "/status", message("{\"v\":1,\"type\":\"STATUS\",\"online\":true,\"mode\":\"IP\","
                + "\"volume\":70,\"power\":\"MAINS\",\"signalDbm\":-81,\"firmware\":\"2.4.1\",\"queueLength\":0,\"at\":\"" + now + "\"}", true));
        JsonObject online = await(id, o -> o.getBoolean("online") && o.containsKey("firmware"), "the status should arrive");
        assertEquals("IP", online.getString("mode"));
        assertEquals("2.4.1", online.getString("firmware"));
        assertTrue(online.containsKey("lastSeenAt"));

        device.publish("nguon/dev/" + id + "/status", message("{\"v\":1,\"type\":\"STATUS\",\"online\":\"có\"}", false));
        device.publish("nguon/dev/" + id + "/heartbeat", message("{\"v\":1,\"type\":\"HEARTBEAT\",\"queueLength\":7,\"at\":\""
                + OffsetDateTime.now() + "\"}", false));
        await(id, o -> o.containsKey("queueLength") && o.getInt("queueLength") == 7,
                "after a malformed status, the next heartbeat should still be recorded");

        // a device cannot speak for another: its publication on another device's topic never arrives
        String other = Api.as("binhlu.vanhanh").post("devices", Json.createObjectBuilder().add("type", "cum_loa")
                .add("name", "Cụm loa " + UUID.randomUUID().toString().substring(0, 6)).add("transport", "4g").build())
                .json().getString("id");
        try {
            device.publish("nguon/dev/" + other + "/status", message("{\"v\":1,\"type\":\"STATUS\",\"online\":true,"
                    + "\"firmware\":\"gia-mao\",\"at\":\"" + OffsetDateTime.now() + "\"}", false));
        } catch (Exception refused) {
            // the broker may refuse the publication outright, or drop the connection: both keep the registry clean
        }
        if (!device.isConnected()) {
            device.connect(options);
        }
        device.publish("nguon/dev/" + id + "/heartbeat", message("{\"v\":1,\"type\":\"HEARTBEAT\",\"queueLength\":9,\"at\":\""
                + OffsetDateTime.now() + "\"}", false));
        await(id, o -> o.containsKey("queueLength") && o.getInt("queueLength") == 9, "its own topics still work");
        JsonObject spoofed = await(other, o -> true, "");
        assertTrue(!spoofed.getBoolean("online") && !spoofed.containsKey("firmware"), "not spoofed: " + spoofed);

        // the malformed status is a permanent fault: dead-lettered at once (no redeliveries) with its reason, for
        // operators to see (Bình Lư's operator), and not for another province
        long until = System.currentTimeMillis() + 20_000;
        JsonObject dead = null;
        while (dead == null && System.currentTimeMillis() < until) {
            dead = Api.as("binhlu.vanhanh").get("devices/dead-letters").body().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(l -> id.equals(l.getString("deviceId", null)) && l.getString("payload", "").contains("\"online\":\"có\""))
                    .findFirst().orElse(null);
            Thread.sleep(200);
        }
        assertTrue(dead != null, "the malformed status is dead-lettered and listed");
        assertEquals("missing \"at\"", dead.getString("reason"), dead.toString());
        assertTrue(dead.getInt("deliveries") <= 1, "not redelivered: " + dead);

        // a device that floods: every bad message counted, the log gets one line a minute for it, no stack trace
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        long logged = java.nio.file.Files.size(log);
        for (int i = 0; i < 30; i++) {
            device.publish("nguon/dev/" + id + "/heartbeat", message("{\"v\":1,\"type\":\"NONSENSE-" + i + "\"}", false));
        }
        until = System.currentTimeMillis() + 30_000;
        int counted = 0;
        while (counted < 31 && System.currentTimeMillis() < until) {
            counted = Api.as("binhlu.vanhanh").get("devices/dead-letters").body().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(l -> id.equals(l.getString("deviceId", null))).toList().size();
            Thread.sleep(300);
        }
        assertEquals(31, counted, "each refused message is in the dead-letter queue");
        JsonObject sender = Api.as("binhlu.vanhanh").get("devices/dead-letters/senders").body().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(d -> id.equals(d.getString("deviceId"))).findFirst().orElseThrow();
        assertEquals(31, sender.getInt("refused"), "counted against the device: " + sender);
        assertEquals("missing \"at\"", sender.getString("lastReason"), sender.toString());
        String added;
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(log.toFile(), "r")) {
            f.seek(logged);
            byte[] b = new byte[(int) (f.length() - logged)];
            f.readFully(b);
            added = new String(b, StandardCharsets.UTF_8);
        }
        long lines = added.lines().filter(l -> l.contains("refused device message: device=" + id)).count();
        assertTrue(lines <= 1, "at most one line a minute for one device, got " + lines + ":\n" + added);
        assertFalse(added.contains("Malformed") || added.contains("\tat vn.nguon"), "no stack traces:\n" + added);
        assertTrue(Api.as("quangngai.canbo").get("devices/dead-letters").body().asJsonArray().getValuesAs(JsonObject.class).stream()
                .noneMatch(l -> id.equals(l.getString("deviceId", null))), "another province does not see it");

        device.disconnectForcibly(0, 0, false); // the link drops: no DISCONNECT, the broker sends the Last Will
        device.close();
        await(id, o -> !o.getBoolean("online"), "the Last Will should mark the device offline");
    }
}
