package vn.nguon.sim;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.paho.mqttv5.client.IMqttToken;
import org.eclipse.paho.mqttv5.client.MqttCallback;
import org.eclipse.paho.mqttv5.client.MqttClient;
import org.eclipse.paho.mqttv5.client.MqttConnectionOptions;
import org.eclipse.paho.mqttv5.client.MqttDisconnectResponse;
import org.eclipse.paho.mqttv5.client.persist.MemoryPersistence;
import org.eclipse.paho.mqttv5.common.MqttException;
import org.eclipse.paho.mqttv5.common.MqttMessage;
import org.eclipse.paho.mqttv5.common.packet.MqttProperties;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One simulated loudspeaker cluster or e-board speaking the real protocol (docs/device-protocol.md)
 * over MQTT 5: it connects with a persistent session and a Last Will (with a Will Delay),
 * publishes its retained status and heartbeats, and acts on commands like a real device: a PLAY
 * is acknowledged RECEIVED, held until its {@code notBefore} (an EMERGENCY plays at once), then
 * PLAYING and DONE; a delivery id plays at most once; an expired PLAY is refused (FAILED/EXPIRED);
 * a CANCEL drops the bulletin's queued deliveries; a STOP ends what plays (FAILED/STOPPED);
 * SET_VOLUME changes its volume (reported in its status); a SYNC_SCHEDULE brings what it holds up
 * to date (slots it lacks are held, nothing seen plays twice, cancelled bulletins are dropped); FM
 * fallback periods are reported with the next status. An e-board told to DISPLAY (protocol 1.1) fetches the
 * picture, checks its SHA-256 and shows the text and picture from {@code notBefore} to {@code expiresAt}. Acknowledgements made while the link is
 * down go out on reconnection. {@link DeviceSimulator} runs many; tests use one at a time ({@link #of}).
 */
public final class SimDevice {

    /** Seconds the broker waits after a link drops before it publishes the device's Last Will. */
    static final long WILL_DELAY_SECONDS = 5;

    public final String id;
    final String secret;
    final DeviceSimulator.Options o;
    final Random random;
    final Set<String> seen = ConcurrentHashMap.newKeySet();
    /**
     * The slots it holds or played — bulletin, revision and time — until they expire: a second delivery of one
     * (which only a server restored from a backup taken before the first sends) is acknowledged, never played.
     */
    final Map<String, OffsetDateTime> slots = new ConcurrentHashMap<>();
    /** How many times it started playing (or showing) each delivery: a repeated PLAY is answered, never played. */
    final Map<String, Integer> started = new ConcurrentHashMap<>();
    final Map<String, String> lastState = new ConcurrentHashMap<>();
    final Map<Long, Integer> cancelled = new ConcurrentHashMap<>();
    final java.util.Queue<String> unsent = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** PLAYs still to be lost on arrival (a test's way to lose a command on the link). */
    final AtomicInteger toLose = new AtomicInteger();
    /** What it received and acknowledged, for tests. */
    final List<JsonObject> commands = new java.util.concurrent.CopyOnWriteArrayList<>();
    final List<String> acks = new java.util.concurrent.CopyOnWriteArrayList<>();
    final ScheduledExecutorService timer;
    /** How many deliveries it holds until their time; those playing now. */
    final AtomicInteger held = new AtomicInteger();
    final Set<String> playingNow = ConcurrentHashMap.newKeySet();
    volatile boolean fm;
    volatile int volume = 70;
    /** A test's device beats by itself (the simulator's devices beat in their tick). */
    boolean selfHeartbeat;
    java.util.concurrent.ScheduledFuture<?> heartbeats;
    /** Since when it runs on FM fallback; the periods not yet reported (sent with the next status). */
    volatile OffsetDateTime fmSince;
    final List<String> fmUnreported = new java.util.concurrent.CopyOnWriteArrayList<>();
    volatile MqttClient client;
    /** Reconnects by itself after a lost link (a test's device given several brokers). */
    boolean failover;
    volatile boolean stopped;

    SimDevice(String id, String secret, DeviceSimulator.Options o, long seed, ScheduledExecutorService timer) {
        this.id = id;
        this.secret = secret;
        this.o = o;
        this.random = new Random(seed);
        this.timer = timer;
    }

    /**
     * One device for a test: a heartbeat every 30 s while connected (no random drops or FM fallback),
     * acknowledgements after {@code latencyMs}, plays for {@code playMs}.
     */
    public static SimDevice of(String id, String secret, int latencyMs, int playMs, ScheduledExecutorService timer) {
        return of(id, secret, latencyMs, playMs, timer, "tcp://127.0.0.1:1883");
    }

    /**
     * The same with its brokers' addresses ({@code tcp://live,tcp://backup}): with more than one, a lost link is
     * followed by reconnection attempts, the addresses in order, as a device in the field does (the simulator's
     * devices reconnect at their next tick).
     */
    public static SimDevice of(String id, String secret, int latencyMs, int playMs, ScheduledExecutorService timer, String brokers) {
        SimDevice d = new SimDevice(id, secret, new DeviceSimulator.Options(1, List.of(), null, latencyMs, 0, 0, 0, 30, 0,
                brokers, playMs), 7, timer);
        d.selfHeartbeat = true;
        d.failover = brokers.contains(",");
        return d;
    }

    /** The link drops without a goodbye: the broker publishes the Last Will and keeps the session. */
    public void drop() throws MqttException {
        if (client != null) {
            client.disconnectForcibly(0, 0, false);
            client.close();
            client = null;
        }
    }

    /** A clean goodbye: offline status, then disconnect (the session is kept). */
    public void stop() throws MqttException {
        stopped = true;
        if (heartbeats != null) {
            heartbeats.cancel(false);
            heartbeats = null;
        }
        if (client != null && client.isConnected()) {
            client.publish(topic("status"), message(status(false), true));
            client.disconnect();
            client.close();
        }
        client = null;
    }

    /** The next {@code n} PLAYs are lost on arrival, as if the link had dropped them. */
    public void loseNext(int n) {
        toLose.set(n);
    }

    public List<JsonObject> commands() {
        return commands;
    }

    /** The volume it plays at (70 until a SET_VOLUME says otherwise). */
    public int volume() {
        return volume;
    }

    /** The commands of one type it received. */
    public List<JsonObject> commands(String type) {
        return commands.stream().filter(c -> c.getString("type", "").equals(type)).toList();
    }

    /** How many times it started playing (an e-board: showing) the delivery. */
    public int timesPlayed(String deliveryId) {
        return started.getOrDefault(deliveryId, 0);
    }

    /** "RECEIVED <deliveryId>", "DONE <deliveryId>" … in the order they were sent (a repeated PLAY is answered again). */
    public List<String> acks() {
        return acks;
    }

    public void connect() throws MqttException {
        // the brokers it was provisioned with, in order: the live first, then its backup (a pair shares one
        // store, so the session, its subscription and the commands queued for it are on whichever is live)
        String[] brokers = o.mqtt().split(",");
        MqttClient link = new MqttClient(brokers[0], id, new MemoryPersistence());
        // no wait without end: a broker that dies between CONNACK and SUBACK left a device waiting for ever
        link.setTimeToWait(10_000);
        link.setCallback(new Link(link));
        client = link;
        MqttConnectionOptions c = new MqttConnectionOptions();
        c.setServerURIs(brokers);
        c.setUserName(id);
        c.setPassword(secret.getBytes(StandardCharsets.UTF_8));
        c.setCleanStart(false);
        c.setSessionExpiryInterval(7L * 24 * 3600); // commands sent while offline are kept
        c.setAutomaticReconnect(false);
        c.setWill(topic("status"), message(status(false), true));
        // a Will Delay: with a persistent session, the broker publishes the Will only once a delay has passed
        // (with none, Artemis keeps it until the session expires, days later)
        MqttProperties will = new MqttProperties();
        will.setWillDelayInterval(WILL_DELAY_SECONDS);
        c.setWillMessageProperties(will);
        link.connect(c);
        link.subscribe(topic("cmd"), 1);
        publishStatus();
        flush();
        if (selfHeartbeat && heartbeats == null) {
            heartbeats = timer.scheduleAtFixedRate(this::heartbeat, o.heartbeatSeconds(), o.heartbeatSeconds(), TimeUnit.SECONDS);
        }
    }

    /**
     * Connects, trying again for a few seconds as a device does: the broker learns a new account when the
     * API's transaction commits, and under a connect storm a connection may be refused for a moment.
     */
    public void connectRetrying() throws Exception {
        for (int i = 0; ; i++) {
            try {
                connect();
                return;
            } catch (MqttException e) {
                if (client != null) {
                    client.close(true);
                    client = null;
                }
                if (i >= 30) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }

    String topic(String kind) {
        return "nguon/dev/" + id + "/" + kind;
    }

    String status(boolean online) {
        String periods = fmUnreported.isEmpty() ? "" : ",\"fmFallback\":[" + String.join(",", fmUnreported) + "]";
        return "{\"v\":1,\"type\":\"STATUS\",\"online\":" + online + ",\"mode\":\"" + (fm ? "FM_FALLBACK" : "IP")
                + "\",\"volume\":" + volume + ",\"power\":\"MAINS\",\"signalDbm\":" + (-60 - random.nextInt(40))
                + ",\"firmware\":\"sim-1.0\",\"queueLength\":" + held.get() + periods + ",\"at\":\"" + OffsetDateTime.now() + "\"}";
    }

    /** Publishes its (retained) status; FM fallback periods it carried count as reported once it is sent. */
    public void publishStatus() {
        try {
            if (client != null && client.isConnected()) {
                List<String> carried = List.copyOf(fmUnreported);
                client.publish(topic("status"), message(status(true), true));
                fmUnreported.removeAll(carried);
            }
        } catch (MqttException e) {
            // the link dropped: the next connection publishes the status again
        }
    }

    /** A period it ran on FM fallback (say, while its link was down), reported with its next status. */
    public void reportFmFallback(OffsetDateTime from, OffsetDateTime to) {
        fmUnreported.add("{\"from\":\"" + from + "\",\"to\":\"" + to + "\"}");
    }

    /** Switches to FM fallback or back to IP; a finished fallback period is reported with the next status. */
    public void fallBack(boolean toFm) {
        OffsetDateTime now = OffsetDateTime.now();
        if (toFm && !fm) {
            fmSince = now;
        } else if (!toFm && fm && fmSince != null) {
            reportFmFallback(fmSince, now);
            fmSince = null;
        }
        fm = toFm;
    }

    void tick() {
        try {
            if (client == null || !client.isConnected()) {
                connect();
                return;
            }
            if (random.nextDouble() < o.disconnectRate()) {
                client.disconnectForcibly(0, 0, false); // the 3G link drops: the broker publishes the Last Will
                client.close();
                client = null;
                return;
            }
            if (random.nextDouble() < o.fmRate()) {
                fallBack(!fm);
                publishStatus();
            }
            heartbeat();
        } catch (MqttException e) {
            client = null; // reconnect at the next tick
        }
    }

    /** A heartbeat, when connected (a device that stays silent for 3 heartbeats is shown offline). */
    public void heartbeat() {
        try {
            if (client != null && client.isConnected()) {
                client.publish(topic("heartbeat"), message("{\"v\":1,\"type\":\"HEARTBEAT\",\"queueLength\":" + held.get()
                        + ",\"at\":\"" + OffsetDateTime.now() + "\"}", false));
            }
        } catch (MqttException e) {
            // the link dropped: the next connection says it is back
        }
    }

    void messageArrived(String topic, MqttMessage message) {
        JsonObject cmd;
        try {
            cmd = Json.createReader(new StringReader(new String(message.getPayload(), StandardCharsets.UTF_8))).readObject();
        } catch (RuntimeException e) {
            return; // not for us to judge: a device ignores what it cannot read
        }
        commands.add(cmd);
        switch (cmd.getString("type", "")) {
            case "CANCEL" -> {
                if (cmd.containsKey("bulletinId")) {
                    cancelled.merge(cmd.getJsonNumber("bulletinId").longValue(), cmd.getInt("revision", Integer.MAX_VALUE), Math::max);
                }
            }
            case "PLAY", "DISPLAY" -> {
                if (random.nextDouble() >= o.dropRate() && toLose.getAndUpdate(n -> Math.max(0, n - 1)) == 0) {
                    play(cmd, true);
                }
            }
            case "STOP" -> {
                for (String delivery : playingNow) {
                    if (playingNow.remove(delivery)) {
                        ack(delivery, "FAILED", "STOPPED", 0);
                    }
                }
            }
            case "SET_VOLUME" -> {
                int v = cmd.getInt("volume", -1);
                if (v >= 0 && v <= 100) {
                    volume = v;
                    publishStatus();
                }
            }
            case "SYNC_SCHEDULE" -> {
                for (JsonObject c : cmd.getJsonArray("cancelled").getValuesAs(JsonObject.class)) {
                    cancelled.merge(c.getJsonNumber("bulletinId").longValue(), c.getInt("revision"), Math::max);
                }
                for (JsonObject slot : cmd.getJsonArray("slots").getValuesAs(JsonObject.class)) {
                    play(slot, false);
                }
            }
            default -> {
            }
        }
    }

    /**
     * A delivery to hold and play (from a PLAY, or a slot of a synchronised schedule); one already
     * seen is not played again (a redelivered PLAY is answered with where it stands).
     */
    void play(JsonObject cmd, boolean answerRepeats) {
        String delivery = cmd.getString("deliveryId", "");
        if (delivery.isEmpty()) {
            return;
        }
        if (!seen.add(delivery)) {
            String last = lastState.get(delivery);
            if (answerRepeats && last != null) {
                ack(delivery, last, null, 0); // a redelivery: say again where it stands, never play twice
            }
            return;
        }
        long bulletin = cmd.getJsonNumber("bulletinId").longValue();
        int revision = cmd.getInt("revision", 1);
        if (cancelled.getOrDefault(bulletin, 0) >= revision) {
            ack(delivery, "FAILED", "CANCELLED", 0);
            return;
        }
        OffsetDateTime now = OffsetDateTime.now();
        OffsetDateTime expires = OffsetDateTime.parse(cmd.getString("expiresAt"));
        if (expires.isBefore(now)) {
            ack(delivery, "FAILED", "EXPIRED", o.latencyMs());
            return;
        }
        slots.values().removeIf(e -> e.isBefore(now));
        if (slots.putIfAbsent(bulletin + "/" + revision + "/" + cmd.getString("notBefore", ""), expires) != null) {
            ack(delivery, "DONE", null, o.latencyMs()); // this slot is already held or played under another delivery id
            return;
        }
        JsonObject board = cmd.containsKey("board") ? cmd.getJsonObject("board") : null;
        byte[] picture = null;
        if (board != null && board.containsKey("imageUrl")) {
            // a board fetches the picture when it is told to show it, and checks it is the one meant
            picture = fetch(board.getString("imageUrl"), board.getString("imageSha256", ""));
            if (picture == null) {
                ack(delivery, "FAILED", "MEDIA_UNREACHABLE", o.latencyMs());
                return;
            }
        }
        ack(delivery, "RECEIVED", null, o.latencyMs());
        if (board != null) {
            show(cmd, board, picture);
            return;
        }
        long wait = cmd.getString("priority", "").equals("EMERGENCY") ? 0
                : Math.max(0, java.time.Duration.between(now, OffsetDateTime.parse(cmd.getString("notBefore"))).toMillis());
        held.incrementAndGet();
        timer.schedule(() -> {
            held.decrementAndGet();
            if (cancelled.getOrDefault(bulletin, 0) >= revision) {
                ack(delivery, "FAILED", "CANCELLED", 0); // CANCEL came while it waited in the queue
                return;
            }
            playingNow.add(delivery);
            started.merge(delivery, 1, Integer::sum);
            ack(delivery, "PLAYING", null, 0);
            timer.schedule(() -> {
                if (playingNow.remove(delivery)) { // not stopped meanwhile
                    ack(delivery, "DONE", null, 0);
                }
            }, o.playMs(), TimeUnit.MILLISECONDS);
        }, o.latencyMs() + 50 + wait, TimeUnit.MILLISECONDS);
    }

    /** What an e-board shows: the delivery, its text and picture (protocol 1.1 DISPLAY). */
    public record Shown(String deliveryId, long bulletinId, String text, int pictureBytes) {
    }

    /** What this e-board shows now (null: nothing of Nguồn's). */
    volatile Shown showing;

    public Shown showing() {
        return showing;
    }

    /**
     * A DISPLAY: from {@code notBefore} the board shows the text and picture (PLAYING) until {@code expiresAt}
     * (DONE), or until another DISPLAY takes the screen (DONE for the one it replaces).
     */
    void show(JsonObject cmd, JsonObject board, byte[] picture) {
        String delivery = cmd.getString("deliveryId");
        long bulletin = cmd.getJsonNumber("bulletinId").longValue();
        int revision = cmd.getInt("revision", 1);
        OffsetDateTime now = OffsetDateTime.now();
        long wait = Math.max(0, java.time.Duration.between(now, OffsetDateTime.parse(cmd.getString("notBefore"))).toMillis());
        long until = Math.max(0, java.time.Duration.between(now, OffsetDateTime.parse(cmd.getString("expiresAt"))).toMillis());
        held.incrementAndGet();
        timer.schedule(() -> {
            held.decrementAndGet();
            if (cancelled.getOrDefault(bulletin, 0) >= revision) {
                ack(delivery, "FAILED", "CANCELLED", 0);
                return;
            }
            Shown before = showing;
            showing = new Shown(delivery, bulletin, board.getString("text", cmd.getString("text", "")), picture == null ? 0 : picture.length);
            if (before != null) {
                ack(before.deliveryId(), "DONE", null, 0);
            }
            started.merge(delivery, 1, Integer::sum);
            ack(delivery, "PLAYING", null, 0);
            System.out.printf("[simulator] %s (e-board) shows bulletin %d: «%s»%s%n", id, bulletin, showing.text(),
                    picture == null ? "" : " with a picture of " + picture.length + " bytes");
            timer.schedule(() -> {
                Shown s = showing;
                if (s != null && s.deliveryId().equals(delivery)) {
                    showing = null;
                    ack(delivery, "DONE", null, 0);
                }
            }, Math.max(0, until - wait), TimeUnit.MILLISECONDS);
        }, o.latencyMs() + 50 + wait, TimeUnit.MILLISECONDS);
    }

    /** The file at a signed link, if it answers and its SHA-256 is {@code sha256}. */
    static byte[] fetch(String url, String sha256) {
        try {
            java.net.http.HttpResponse<byte[]> r = HTTP.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                    .timeout(java.time.Duration.ofSeconds(20)).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                return null;
            }
            String got = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(r.body()));
            return got.equals(sha256) ? r.body() : null;
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException | IllegalArgumentException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static final java.net.http.HttpClient HTTP = java.net.http.HttpClient.newBuilder()
            .connectTimeout(java.time.Duration.ofSeconds(10)).build();

    /**
     * Publishes an acknowledgement after a delay; kept for the next connection if the link is down then. Public for
     * the tests: an acknowledgement of any delivery, one this device never had included.
     */
    public void ack(String delivery, String state, String reason, int delayMs) {
        Runnable publish = () -> {
            lastState.put(delivery, state);
            String json = "{\"v\":1,\"type\":\"ACK\",\"deliveryId\":\"" + delivery + "\",\"state\":\"" + state + "\""
                    + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + ",\"at\":\"" + OffsetDateTime.now() + "\"}";
            acks.add(state + " " + delivery);
            unsent.add(json);
            flush();
        };
        if (delayMs <= 0) {
            publish.run();
        } else {
            timer.schedule(publish, delayMs, TimeUnit.MILLISECONDS);
        }
    }

    /** Sends the acknowledgements not yet sent, in order. */
    synchronized void flush() {
        try {
            while (!unsent.isEmpty() && client != null && client.isConnected()) {
                client.publish(topic("ack"), message(unsent.peek(), false));
                unsent.poll();
            }
        } catch (MqttException e) {
            // the link dropped: the rest goes at the next connection
        }
    }

    /**
     * The callbacks of one connection. A connection replaced by a newer one may still report its end (late, or twice):
     * that must not drop the newer one. It did, with one callback for all of a device's connections: the device
     * reconnected, which took its session over from the connection it had just made, whose end dropped the next one…
     * and the device lost its commands in a loop of takeovers after the live broker died.
     */
    private final class Link implements MqttCallback {
        private final MqttClient mine;

        Link(MqttClient mine) {
            this.mine = mine;
        }

        @Override
        public void disconnected(MqttDisconnectResponse response) {
            if (client == mine) {
                SimDevice.this.disconnected(response);
            }
        }

        @Override
        public void mqttErrorOccurred(MqttException exception) {
        }

        @Override
        public void messageArrived(String topic, MqttMessage message) {
            SimDevice.this.messageArrived(topic, message);
        }

        @Override
        public void deliveryComplete(IMqttToken token) {
        }

        @Override
        public void connectComplete(boolean reconnect, String serverURI) {
        }

        @Override
        public void authPacketArrived(int reasonCode, MqttProperties properties) {
        }
    }

    /** The current connection ended (its {@link Link} says so). */
    void disconnected(MqttDisconnectResponse response) {
        client = null;
        if (failover && !stopped) {
            timer.schedule(this::reconnect, 200, TimeUnit.MILLISECONDS);
        }
    }

    /** After a lost link, a test's device with several brokers tries them again until one answers. */
    void reconnect() {
        if (stopped || (client != null && client.isConnected())) {
            return;
        }
        try {
            connect();
        } catch (MqttException | RuntimeException e) {
            if (client != null) {
                try {
                    client.close(true);
                } catch (MqttException | RuntimeException ignored) {
                    // closing a client that never connected
                }
                client = null;
            }
            timer.schedule(this::reconnect, 500, TimeUnit.MILLISECONDS);
        }
    }

static MqttMessage message(String json, boolean retained) {
    MqttMessage m = new MqttMessage(json.getBytes(StandardCharsets.UTF_8));
    m.setQos(1);
    m.setRetained(retained);
    return m;
}
}
