package vn.nguon.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.sim.SimDevice;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nguon.it.Bulletins.await;
import vn.nguon.sim.Api;

/**
 * Operators' commands to a device (STOP, SET_VOLUME, SYNC_SCHEDULE) through the real EAR, broker
 * and an MQTT device, with every refusal; the schedule synchronised when a device comes back; FM
 * fallback periods a device reports, kept once and shown.
 */
@ExtendWith(ArquillianExtension.class)
class DeviceControlIT {

    static final ScheduledExecutorService TIMER = Executors.newScheduledThreadPool(2);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @AfterAll
    static void stop() {
        TIMER.shutdownNow();
    }

    static Api.Reply command(String user, String device, JsonObject body) {
        return Api.as(user).post("devices/" + device + "/commands", body);
    }

    static JsonObject volume(int v) {
        return Json.createObjectBuilder().add("type", "SET_VOLUME").add("volume", v).build();
    }

    static JsonObject type(String type) {
        return Json.createObjectBuilder().add("type", type).build();
    }

    static JsonObject device(String id) {
        return Api.as("binhlu.vanhanh").get("devices").body().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(o -> o.getString("id").equals(id)).findFirst().orElseThrow();
    }

    static SimDevice connected(String id, String secret) throws Exception {
        SimDevice d = SimDevice.of(id, secret, 20, 200, TIMER);
        d.connectRetrying();
        return d;
    }

    @Test
    void operatorsCommandTheirDevicesAndNobodyElseDoes() throws Exception {
        String id = Bulletins.register("Loa điều khiển " + System.nanoTime());
        SimDevice dev = connected(id, Bulletins.secret(id));
        await("a device that comes online gets its schedule", 15, () -> !dev.commands("SYNC_SCHEDULE").isEmpty());

        Api.Reply sent = command("binhlu.vanhanh", id, volume(35));
        assertEquals(202, sent.status(), sent.toString());
        await("the device plays at volume 35", 15, () -> dev.volume() == 35);
        await("and says so in its status", 15, () -> device(id).getInt("volume", -1) == 35);

        // bad commands: every problem by field, nothing sent
        Api.Reply tooLoud = command("binhlu.vanhanh", id, volume(150));
        assertEquals(422, tooLoud.status(), tooLoud.toString());
        JsonObject problem = tooLoud.json().getJsonArray("problems").getJsonObject(0);
        assertEquals("volume", problem.getString("field"));
        assertEquals("range", problem.getString("code"));
        assertEquals(422, command("binhlu.vanhanh", id, type("SET_VOLUME")).status(), "a volume is required");
        Api.Reply unknown = command("binhlu.vanhanh", id, type("REBOOT"));
        assertEquals(422, unknown.status(), unknown.toString());
        assertEquals("unknownCommand", unknown.json().getJsonArray("problems").getJsonObject(0).getString("code"));
        assertEquals(422, command("binhlu.vanhanh", id, JsonObject.EMPTY_JSON_OBJECT).status(), "a command needs a type");

        // who may not: a commune officer (not an operator), another commune, another province; an unknown device
        for (String user : List.of("binhlu.canbo", "sontayha.lanhdao", "quangngai.canbo")) {
            assertEquals(403, command(user, id, volume(90)).status(), user);
            assertEquals(403, command(user, id, type("STOP")).status(), user);
        }
        assertEquals(403, command("binhlu.vanhanh", "D-03390-999999", type("STOP")).status());
        String fmOnly = Api.as("binhlu.vanhanh").post("devices", Json.createObjectBuilder().add("commune", "03390").add("type", "dai_fm")
                .add("name", "Đài FM " + System.nanoTime()).add("transport", "fm").build()).json().getString("id");
        Api.Reply noNetwork = command("binhlu.vanhanh", fmOnly, type("STOP"));
        assertEquals(422, noNetwork.status(), noNetwork.toString());
        assertEquals("noNetwork", noNetwork.json().getJsonArray("problems").getJsonObject(0).getString("code"));

        // the province above may: a STOP
        assertEquals(202, command("laichau.canbo", id, type("STOP")).status());
        await("the STOP reaches the device", 15, () -> !dev.commands("STOP").isEmpty());
        Thread.sleep(500);
        assertEquals(List.of(35), dev.commands("SET_VOLUME").stream().map(c -> c.getInt("volume")).toList(),
                "no refused command reached the device");

        List<JsonObject> history = Api.as("binhlu.vanhanh").get("devices/" + id + "/history").body().asJsonArray()
                .getValuesAs(JsonObject.class);
        List<String> actions = history.stream().map(h -> h.getString("action")).toList();
        assertTrue(actions.containsAll(List.of("register", "credentials.issue", "command.volume", "command.stop")), actions.toString());
        JsonObject stop = history.stream().filter(h -> h.getString("action").equals("command.stop")).findFirst().orElseThrow();
        assertEquals("laichau.canbo", stop.getString("actor"));
        assertEquals(1, actions.stream().filter("command.volume"::equals).count(), "a refused command is not a change");
        assertEquals(403, Api.as("sontayha.canbo").get("devices/" + id + "/history").status());
        dev.stop();
    }

    @Test
    void aDeviceThatComesBackGetsItsScheduleAndItsCancellations() throws Exception {
        String id = Bulletins.register("Loa đồng bộ " + System.nanoTime());
        String secret = Bulletins.secret(id);
        SimDevice dev = connected(id, secret);
        Instant now = Instant.now();
        // two bulletins in five and six minutes (within the dispatch lead time): the device holds both
        long kept = Bulletins.approved(Bulletins.bulletin("Lịch họp thôn", "NORMAL", now.plusSeconds(300), now.plusSeconds(3600),
                Json.createArrayBuilder().add(Bulletins.target("DEVICE", id))));
        long dropped = Bulletins.approved(Bulletins.bulletin("Lịch cắt điện", "NORMAL", now.plusSeconds(360), now.plusSeconds(3600),
                Json.createArrayBuilder().add(Bulletins.target("DEVICE", id))));
        await("both held", 20, () -> "RECEIVED".equals(Bulletins.state(kept, id)) && "RECEIVED".equals(Bulletins.state(dropped, id)));
        String keptDelivery = Bulletins.deliveries(kept, id).get(0).getString("id");

        dev.drop(); // the link drops (Last Will); the device will come back with an empty memory
        await("offline once the Last Will's delay has passed: " + id, 30, () -> !device(id).getBoolean("online"));
        assertEquals(200, Api.as("binhlu.canbo").post("bulletins/" + dropped + "/cancel",
                Json.createObjectBuilder().add("reason", "Hoãn lịch cắt điện").build()).status());

        SimDevice back = connected(id, secret); // a new memory: it holds nothing
        await("a synchronised schedule on coming back", 15, () -> !back.commands("SYNC_SCHEDULE").isEmpty());
        JsonObject sync = back.commands("SYNC_SCHEDULE").get(0);
        assertEquals(List.of(keptDelivery), sync.getJsonArray("slots").getValuesAs(JsonObject.class).stream()
                .map(s -> s.getString("deliveryId")).toList(), sync.toString());
        assertEquals(kept, sync.getJsonArray("slots").getJsonObject(0).getJsonNumber("bulletinId").longValue());
        assertEquals(List.of(dropped), sync.getJsonArray("cancelled").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getJsonNumber("bulletinId").longValue()).toList(), sync.toString());
        await("the device holds the slot again", 15, () -> back.acks().contains("RECEIVED " + keptDelivery));

        // an operator may ask for it too
        Api.Reply asked = command("binhlu.vanhanh", id, type("SYNC_SCHEDULE"));
        assertEquals(202, asked.status(), asked.toString());
        assertEquals(1, asked.json().getInt("slots"));
        await("the second synchronisation arrives", 15, () -> back.commands("SYNC_SCHEDULE").size() == 2);
        assertEquals(1, back.acks().stream().filter(a -> a.equals("RECEIVED " + keptDelivery)).count(), "held once, not twice");
        back.stop();
    }

    @Test
    void aDeviceSilentForThreeHeartbeatsIsOfflineUntilItBeatsAgain() throws Exception {
        String id = Bulletins.register("Loa im lặng " + System.nanoTime());
        SimDevice dev = connected(id, Bulletins.secret(id));
        await("online", 15, () -> device(id).getBoolean("online"));
        // its link died without the broker noticing: nothing heard for ten minutes (the clock moved in the data)
        try (java.sql.Connection db = java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:55432/nguon", "nguon", "nguon");
             java.sql.PreparedStatement silence = db.prepareStatement(
                     "UPDATE device SET last_seen_at = now() - interval '10 minutes' WHERE id = ?")) {
            silence.setString(1, id);
            assertEquals(1, silence.executeUpdate());
        }
        await("offline after three missed heartbeats (checked every 15 s)", 40, () -> !device(id).getBoolean("online"));
        dev.heartbeat();
        await("online again with its next heartbeat", 15, () -> device(id).getBoolean("online"));
        dev.stop();
    }

    @Test
    void fmFallbackPeriodsAreKeptOnceAndShown() throws Exception {
        String id = Bulletins.register("Loa dự phòng FM " + System.nanoTime());
        SimDevice dev = connected(id, Bulletins.secret(id));
        OffsetDateTime nine = OffsetDateTime.now(ZoneOffset.ofHours(7)).minusHours(2).withSecond(0).withNano(0);
        dev.reportFmFallback(nine, nine.plusMinutes(45));
        dev.reportFmFallback(nine.plusMinutes(60), nine.plusMinutes(70));
        dev.publishStatus();
        await("two periods recorded", 15, () -> Api.as("binhlu.vanhanh").get("devices/" + id + "/fm-fallback").body().asJsonArray().size() == 2);
        List<JsonObject> periods = Api.as("binhlu.vanhanh").get("devices/" + id + "/fm-fallback").body().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(nine.plusMinutes(60).toInstant(), Instant.parse(periods.get(0).getString("from")), "latest first");
        assertEquals(nine.plusMinutes(45).toInstant(), Instant.parse(periods.get(1).getString("to")));
        assertEquals(55, device(id).getInt("fmFallbackMinutes"), "45 + 10 minutes in the last 7 days");

        // reported again (a device that was not sure it got through), and a period that ends before it starts
        dev.reportFmFallback(nine, nine.plusMinutes(45));
        dev.reportFmFallback(nine.plusMinutes(100), nine.plusMinutes(90));
        dev.publishStatus();
        dev.reportFmFallback(nine, nine.plusMinutes(45));
        dev.publishStatus();
        await("the repeated report is read", 15, () -> device(id).getInt("fmFallbackMinutes") == 55
                && Api.as("binhlu.vanhanh").get("devices/" + id + "/fm-fallback").body().asJsonArray().size() == 2);
        Thread.sleep(1000);
        assertEquals(2, Api.as("binhlu.vanhanh").get("devices/" + id + "/fm-fallback").body().asJsonArray().size(),
                "kept once; the malformed report saved nothing");

        assertEquals(403, Api.as("sontayha.canbo").get("devices/" + id + "/fm-fallback").status());
        assertEquals(200, Api.as("laichau.canbo").get("devices/" + id + "/fm-fallback").status(), "the province sees below it");
        Api.Reply badDays = Api.as("binhlu.vanhanh").get("devices/" + id + "/fm-fallback?days=ba");
        assertEquals(422, badDays.status(), badDays.toString());
        assertEquals(422, Api.as("binhlu.vanhanh").get("devices/" + id + "/fm-fallback?days=0").status());
        assertFalse(Api.as("binhlu.vanhanh").get("devices/" + id + "/fm-fallback?days=1").body().asJsonArray().isEmpty());
        dev.stop();
    }
}
