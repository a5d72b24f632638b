package vn.nguon.sim;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.eclipse.paho.mqttv5.common.MqttException;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Simulated loudspeaker clusters and e-boards ({@link SimDevice}: the real protocol over MQTT 5)
 * for demos, tests and load: each registers through the API (as an operator who may), gets its
 * credentials and connects; every heartbeat period it beats, and may drop its link, fall back to
 * FM or come back, as the knobs say.
 * Knobs: latency, drop rate, disconnects, FM fallback, play time.
 *
 * <pre>
 *   bash wildfly-config/dev/nguon.sh simulate --devices 20 --communes 03390,03394 [--operator laichau.canbo]
 *        [--latency-ms 300] [--drop-rate 0.05] [--disconnect-rate 0.01] [--fm-rate 0.05] [--heartbeat-s 30] [--seconds 0]
 *        [--play-ms 1000]
 * </pre>
 */
public final class DeviceSimulator {

    record Options(int devices, List<String> communes, String operator, int latencyMs, double dropRate,
                   double disconnectRate, double fmRate, int heartbeatSeconds, int seconds, String mqtt, int playMs) {
    }

    /** Registers (or reuses) the simulated devices and issues fresh credentials; returns id → secret. */
    static Map<String, String> provision(Options o) {
        Map<String, String> secrets = new java.util.LinkedHashMap<>();
        Set<String> existing = new HashSet<>();
        Map<String, String> idsByName = new ConcurrentHashMap<>();
        for (JsonObject d : Api.as(o.operator()).get("devices").body().asJsonArray().getValuesAs(JsonObject.class)) {
            existing.add(d.getString("unitCode") + "|" + d.getString("name"));
            idsByName.put(d.getString("unitCode") + "|" + d.getString("name"), d.getString("id"));
        }
        for (int i = 0; i < o.devices(); i++) {
            String commune = o.communes().get(i % o.communes().size());
            String name = "Cụm loa mô phỏng " + (i + 1);
            String key = commune + "|" + name;
            String id = idsByName.get(key);
            if (id == null) {
                Api.Reply r = Api.as(o.operator()).post("devices", Json.createObjectBuilder().add("commune", commune)
                        .add("type", i % 5 == 4 ? "bang_tin" : "cum_loa").add("name", name)
                        .add("village", "Bản mô phỏng " + (i % 7 + 1)).add("transport", "4g").build());
                if (r.status() != 201) {
                    throw new IllegalStateException("cannot register " + name + " in " + commune + ": " + r);
                }
                id = r.json().getString("id");
            }
            secrets.put(id, Api.as(o.operator()).post("devices/" + id + "/credentials", JsonObject.EMPTY_JSON_OBJECT)
                    .json().getString("secret"));
        }
        return secrets;
    }

    static final java.util.Set<String> OPTIONS = java.util.Set.of("devices", "communes", "operator", "latency-ms",
            "drop-rate", "disconnect-rate", "fm-rate", "heartbeat-s", "seconds", "mqtt", "play-ms", "demo-broadcasts");

    static final String USAGE = """
            usage: java -jar nguon-simulator.jar [--devices 10] [--communes 03390,03394] [--operator laichau.canbo]
                   [--latency-ms 300] [--drop-rate 0] [--disconnect-rate 0] [--fm-rate 0] [--heartbeat-s 30]
                   [--seconds 0 (run until stopped)] [--play-ms 1000] [--mqtt tcp://127.0.0.1:1883[,tcp://127.0.0.1:1884 (the backup broker)]] [--demo-broadcasts false]
            Registers the devices through Nguồn's API at http://localhost:8080/nguon (as the operator, a demo
            user), issues their credentials and connects them over MQTT 5.""";

    public static void main(String[] args) throws Exception {
        Options o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("[simulator] " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        Map<String, String> secrets = provision(o);
        Thread.sleep(1000); // the broker applies the new accounts when the API's transactions commit
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(4);
        List<SimDevice> devices = new ArrayList<>();
        AtomicInteger connected = new AtomicInteger();
        long seed = 2025;
        for (Map.Entry<String, String> e : secrets.entrySet()) {
            SimDevice d = new SimDevice(e.getKey(), e.getValue(), o, seed++, timer);
            devices.add(d);
            try {
                d.connect();
                connected.incrementAndGet();
            } catch (MqttException ex) {
                System.err.println(d.id + ": " + ex.getMessage());
            }
        }
        System.out.printf("[simulator] %d devices in %s, %d connected to %s%n", devices.size(), o.communes(), connected.get(), o.mqtt());
        if (Boolean.parseBoolean(parseFlag(args, "demo-broadcasts"))) {
            try {
                demoBroadcasts();
            } catch (RuntimeException e) {
                System.err.println("[simulator] demo broadcasts not created: " + e.getMessage()); // the devices run on
            }
        }
        for (SimDevice d : devices) {
            timer.scheduleAtFixedRate(d::tick, 1000 + d.random.nextInt(o.heartbeatSeconds() * 1000), o.heartbeatSeconds() * 1000L,
                    TimeUnit.MILLISECONDS);
        }
        if (o.seconds() > 0) {
            Thread.sleep(o.seconds() * 1000L);
            timer.shutdownNow();
            timer.awaitTermination(10, TimeUnit.SECONDS); // no heartbeat may follow the goodbye below
            for (SimDevice d : devices) {
                try {
                    d.stop(); // offline status, then disconnect
                } catch (MqttException ignored) {
                    // stopping anyway
                }
            }
            System.out.println("[simulator] stopped");
        } else {
            Thread.currentThread().join();
        }
    }

    static String parseFlag(String[] args, String name) {
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--" + name)) {
                return args[i + 1];
            }
        }
        return "false";
    }

    /**
     * The run command's demo broadcasts, once: Bình Lư's daily programme (approved, on the calendar),
     * a bulletin that plays on its loudspeakers a minute from now, and a Lai Châu flood alert waiting
     * for the province leader's approval (the banner).
     */
    static void demoBroadcasts() {
        if (!Api.as("binhlu.canbo").get("bulletins").body().asJsonArray().isEmpty()) {
            return;
        }
        java.time.ZoneOffset vn = java.time.ZoneOffset.ofHours(7);
        OffsetDateTime now = OffsetDateTime.now(vn);
        JsonObject daily = Json.createObjectBuilder().add("kind", "BULLETIN").add("title", "Chương trình phát thanh xã Bình Lư")
                .add("category", "NEWS").add("priority", "NORMAL")
                .add("versions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("language", "vi")
                                .add("text", "Đài truyền thanh xã Bình Lư xin kính chào bà con. Sau đây là bản tin thời sự của xã."))
                        .add(Json.createObjectBuilder().add("language", "hmn").add("text", "Nyob zoo txhua tus.")
                                .add("playsIn", Json.createArrayBuilder().add("03390"))))
                .add("targets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "UNIT").add("code", "03390")))
                .add("startsAt", now.toLocalDate().atStartOfDay().atOffset(vn).toString())
                .add("expiresAt", now.toLocalDate().plusDays(60).atStartOfDay().atOffset(vn).toString())
                .add("recurrence", "DAILY").add("times", Json.createArrayBuilder().add("06:00, 11:00, 17:30"))
                .add("repeatUntil", now.toLocalDate().plusDays(59).toString()).build();
        approve("binhlu", daily);
        JsonObject soon = Json.createObjectBuilder().add("kind", "BULLETIN").add("title", "Thông báo tiêm chủng mở rộng")
                .add("category", "HEALTH").add("priority", "PRIORITY")
                .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "vi")
                        .add("text", "Trạm y tế xã tổ chức tiêm chủng mở rộng cho trẻ em dưới 5 tuổi vào sáng thứ Bảy.")))
                .add("targets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "UNIT").add("code", "03390")))
                .add("startsAt", now.plusMinutes(1).toString()).add("expiresAt", now.plusHours(3).toString()).build();
        approve("binhlu", soon);
        JsonObject alert = Json.createObjectBuilder().add("kind", "ALERT").add("title", "Cảnh báo lũ quét, sạt lở đất vùng núi Lai Châu")
                .add("category", "DISASTER").add("priority", "EMERGENCY")
                .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "vi")
                        .add("text", "Mưa lớn kéo dài, nguy cơ lũ quét và sạt lở đất. Bà con không qua ngầm, tràn, không ở gần sườn đồi.")))
                .add("targets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "UNIT").add("code", "12")))
                .add("startsAt", now.toString()).add("expiresAt", now.plusHours(12).toString())
                .add("alert", Json.createObjectBuilder().add("event", "Lũ quét").add("severity", "Severe").add("urgency", "Expected")
                        .add("certainty", "Likely").add("instruction", "Không qua ngầm, tràn; di chuyển khỏi vùng nguy cơ sạt lở."))
                .build();
        Api.Reply a = Api.as("laichau.canbo").post("bulletins", alert);
        Api.as("laichau.canbo").post("bulletins/" + a.json().getJsonNumber("id") + "/submit", JsonObject.EMPTY_JSON_OBJECT);
        System.out.println("[simulator] demo broadcasts: Bình Lư's daily programme, a bulletin in a minute, a Lai Châu alert to approve");
        demoRelays(now);
    }

    /**
     * The demo's mandatory relay in progress: Lai Châu requires its cold-weather item to play twice on every
     * commune's loudspeakers within five days; Bình Lư relays it twice through the API (its relay scheduled in
     * one and in three minutes, approved by its leader), so its loudspeakers here play it and the board counts it.
     */
    static void demoRelays(OffsetDateTime now) {
        Api.Reply found = Api.as("laichau.canbo").get("sources?q=" + java.net.URLEncoder.encode("phong chong ret trau bo",
                java.nio.charset.StandardCharsets.UTF_8) + "&max=1");
        if (found.status() != 200 || found.json().getJsonArray("rows").isEmpty()) {
            return; // no demo library
        }
        String item = found.json().getJsonArray("rows").getJsonObject(0).getJsonNumber("id").toString();
        Api.Reply required = Api.as("laichau.canbo").put("sources/" + item + "/requirement", Json.createObjectBuilder()
                .add("minPlays", 2).add("from", now.toLocalDate().toString()).add("to", now.toLocalDate().plusDays(5).toString()).build());
        if (required.status() != 200) {
            throw new IllegalStateException("demo requirement refused: " + required);
        }
        for (int minutes : new int[]{1, 3}) {
            Api.Reply relayed = Api.as("binhlu.canbo").post("sources/" + item + "/relay", JsonObject.EMPTY_JSON_OBJECT);
            if (relayed.status() != 201) {
                throw new IllegalStateException("demo relay refused: " + relayed);
            }
            JsonObject b = relayed.json();
            String id = b.getJsonNumber("id").toString();
            // the relay's versions (text, audio) and board content kept, only the time changed
            jakarta.json.JsonObjectBuilder schedule = Json.createObjectBuilder().add("kind", "BULLETIN").add("title", b.getString("title"))
                    .add("category", b.getString("category")).add("priority", "NORMAL")
                    .add("versions", b.getJsonArray("versions"))
                    .add("targets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "UNIT").add("code", "03390")))
                    .add("startsAt", now.plusMinutes(minutes).toString()).add("expiresAt", now.plusHours(2).toString())
                    .add("version", b.getJsonNumber("version"));
            if (b.containsKey("board") && !b.isNull("board")) {
                schedule.add("board", b.getJsonObject("board"));
            }
            Api.as("binhlu.canbo").put("bulletins/" + id, schedule.build());
            Api.as("binhlu.canbo").post("bulletins/" + id + "/submit", JsonObject.EMPTY_JSON_OBJECT);
            Api.as("binhlu.lanhdao").post("bulletins/" + id + "/approve", JsonObject.EMPTY_JSON_OBJECT);
        }
        System.out.println("[simulator] demo mandatory relay: Lai Châu's cold-weather item twice by every commune, Bình Lư's two relays scheduled");
    }

    private static void approve(String commune, JsonObject bulletin) {
        Api.Reply r = Api.as(commune + ".canbo").post("bulletins", bulletin);
        if (r.status() != 201) {
            throw new IllegalStateException("demo bulletin refused: " + r);
        }
        String id = r.json().getJsonNumber("id").toString();
        Api.as(commune + ".canbo").post("bulletins/" + id + "/submit", JsonObject.EMPTY_JSON_OBJECT);
        Api.as(commune + ".lanhdao").post("bulletins/" + id + "/approve", JsonObject.EMPTY_JSON_OBJECT);
    }

    static Options parse(String[] args) {
        Map<String, String> a = new java.util.HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            String name = args[i].replaceFirst("^--", "");
            if (!args[i].startsWith("--") || !OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("no value for " + args[i]);
            }
            a.put(name, args[i + 1]);
        }
        try {
            return options(a);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage());
        }
    }

    private static Options options(Map<String, String> a) {
        return new Options(Integer.parseInt(a.getOrDefault("devices", "10")),
                List.of(a.getOrDefault("communes", "03390").split(",")), a.getOrDefault("operator", "laichau.canbo"),
                Integer.parseInt(a.getOrDefault("latency-ms", "300")), Double.parseDouble(a.getOrDefault("drop-rate", "0")),
                Double.parseDouble(a.getOrDefault("disconnect-rate", "0")), Double.parseDouble(a.getOrDefault("fm-rate", "0")),
                Integer.parseInt(a.getOrDefault("heartbeat-s", "30")), Integer.parseInt(a.getOrDefault("seconds", "0")),
                a.getOrDefault("mqtt", "tcp://127.0.0.1:1883"), Integer.parseInt(a.getOrDefault("play-ms", "1000")));
    }

    private DeviceSimulator() {
    }
}
