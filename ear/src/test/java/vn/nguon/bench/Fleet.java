package vn.nguon.bench;

import com.hivemq.client.mqtt.MqttGlobalPublishFilter;
import com.hivemq.client.mqtt.datatypes.MqttQos;
import com.hivemq.client.mqtt.mqtt5.Mqtt5AsyncClient;
import com.hivemq.client.mqtt.mqtt5.Mqtt5Client;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The simulated devices: id, secret, connected client; they answer raw pings and acknowledge PLAYs. */
final class Fleet implements AutoCloseable {
    final List<String> ids = new ArrayList<>();
    final List<Mqtt5AsyncClient> clients = new ArrayList<>();
    final AtomicInteger plays = new AtomicInteger();
    /** When the last PLAY reached a device. */
    volatile Instant lastPlay;

    void connect(List<String> secrets) throws Exception {
        List<CompletableFuture<?>> pending = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Mqtt5AsyncClient c = Mqtt5Client.builder().identifier(id).serverHost("127.0.0.1").serverPort(1883)
                    .simpleAuth().username(id).password(secrets.get(i).getBytes(StandardCharsets.UTF_8)).applySimpleAuth()
                    .buildAsync();
            String base = "nguon/dev/" + id + "/";
            c.publishes(MqttGlobalPublishFilter.SUBSCRIBED, p -> {
                String topic = p.getTopic().toString();
                if (topic.endsWith("/rawcmd")) {
                    c.publishWith().topic(base + "rawack").qos(MqttQos.AT_LEAST_ONCE).payload(p.getPayloadAsBytes()).send();
                } else if (topic.endsWith("/cmd")) {
                    String json = new String(p.getPayloadAsBytes(), StandardCharsets.UTF_8);
                    int at = json.indexOf("\"deliveryId\":\"");
                    if (at >= 0) {
                        plays.incrementAndGet();
                        lastPlay = Instant.now();
                        String delivery = json.substring(at + 14, json.indexOf('"', at + 14));
                        c.publishWith().topic(base + "ack").qos(MqttQos.AT_LEAST_ONCE)
                                .payload(("{\"v\":1,\"type\":\"ACK\",\"deliveryId\":\"" + delivery + "\",\"state\":\"RECEIVED\",\"at\":\""
                                        + Instant.now().atOffset(ZoneOffset.ofHours(7)) + "\"}").getBytes(StandardCharsets.UTF_8))
                                .send();
                    }
                }
            });
            pending.add(c.connectWith().cleanStart(false).sessionExpiryInterval(3600).send()
                    .thenCompose(ack -> c.subscribeWith().topicFilter(base + "cmd").qos(MqttQos.AT_LEAST_ONCE)
                            .addSubscription().topicFilter(base + "rawcmd").qos(MqttQos.AT_LEAST_ONCE).applySubscription().send()));
            clients.add(c);
            if (pending.size() >= 200) { // a connect storm the broker can take
                CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
                pending.clear();
            }
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        for (Mqtt5AsyncClient c : clients) {
            c.disconnect();
        }
    }
}
