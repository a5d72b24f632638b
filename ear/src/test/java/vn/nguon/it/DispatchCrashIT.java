package vn.nguon.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.sim.SimDevice;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import vn.nguon.sim.Api;

/**
 * WildFly killed (SIGKILL) in the middle of a dispatch to 300 devices, then started again: no
 * delivery is lost and nothing plays twice. Not an Arquillian test: it runs in its own failsafe
 * execution after the others, on the provisioned server started as a plain process ({@link CrashServer})
 * so that it can kill it and start it again.
 */
@ExtendWith(CrashServer.class)
class DispatchCrashIT {

    static final int DEVICES = 300;
    static final String COMMUNE = "03405"; // Tả Lèng, Lai Châu: no other test puts devices there
    static final ScheduledExecutorService TIMER = Executors.newScheduledThreadPool(4);
    static final StandaloneServer SERVER = CrashServer.server();

    @AfterAll
    static void stop() {
        TIMER.shutdownNow();
    }

    @Test
    void aServerKilledMidDispatchLosesNothingAndPlaysNothingTwice() throws Exception {
        List<SimDevice> devices = TestDevices.connected(COMMUNE, DEVICES, "Loa thử sự cố", "tcp://127.0.0.1:1883", TIMER);
        Instant now = Instant.now();
        JsonArrayBuilder targets = Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "UNIT").add("code", COMMUNE));
        Api.Reply created = Api.as("laichau.canbo").post("bulletins", Json.createObjectBuilder().add("kind", "BULLETIN")
                .add("title", "Thông báo khẩn về sự cố điện").add("category", "OTHER").add("priority", "EMERGENCY")
                .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "vi").add("text", "Mất điện diện rộng.")))
                .add("targets", targets).add("startsAt", now.atOffset(ZoneOffset.ofHours(7)).toString())
                .add("expiresAt", now.plusSeconds(1800).atOffset(ZoneOffset.ofHours(7)).toString()).build());
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        Api.as("laichau.canbo").post("bulletins/" + id + "/submit", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals("APPROVED", Api.as("laichau.lanhdao").post("bulletins/" + id + "/approve", JsonObject.EMPTY_JSON_OBJECT)
                .json().getString("status"));

        // kill the server as soon as the first device has the command: the rest are still on their way
        long until = System.currentTimeMillis() + 30_000;
        while (devices.stream().allMatch(d -> d.commands("PLAY").isEmpty()) && System.currentTimeMillis() < until) {
            Thread.sleep(5);
        }
        SERVER.kill();
        long reached = devices.stream().filter(d -> !d.commands("PLAY").isEmpty()).count();
        System.out.printf("[crash] killed WildFly when %d of %d devices had the command%n", reached, DEVICES);
        assertTrue(reached > 0, "the dispatch had started");

        SERVER.start();
        Map<String, String> states = new HashMap<>();
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            states.clear();
            for (JsonObject d : Api.as("laichau.canbo").get("bulletins/" + id + "/deliveries").body().asJsonArray().getValuesAs(JsonObject.class)) {
                states.merge(d.getString("deviceId"), d.getString("state"), (a, b) -> a + "+" + b);
            }
            if (states.size() == DEVICES && states.values().stream().allMatch("DONE"::equals)) {
                break;
            }
            Thread.sleep(1000);
        }
        Map<String, Long> summary = states.values().stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        String stuck = devices.stream().filter(d -> !"DONE".equals(states.get(d.id)))
                .map(d -> d.id + " " + states.get(d.id) + " commands=" + d.commands().size() + " acks=" + d.acks())
                .collect(Collectors.joining("; "));
        assertEquals(Map.of("DONE", (long) DEVICES), summary, "one delivery per device, every one played; not done: " + stuck);
        for (SimDevice d : devices) {
            List<String> played = d.commands().stream().filter(c -> c.getString("type").equals("PLAY") && c.getInt("bulletinId") == id)
                    .map(c -> c.getString("deliveryId")).distinct().toList();
            assertEquals(1, played.size(), "one delivery id per device");
            assertEquals(1, d.timesPlayed(played.get(0)), "played once");
        }
        for (SimDevice d : devices) {
            d.stop();
        }
    }
}
