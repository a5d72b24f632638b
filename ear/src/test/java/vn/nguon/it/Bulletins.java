package vn.nguon.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import vn.nguon.sim.Api;

/**
 * Bình Lư's devices and bulletins through the API, as the broadcast tests need them: a device
 * registered with its credentials, a bulletin written, submitted and approved by the right people,
 * its deliveries, waiting for an outcome, and audio to upload.
 */
public final class Bulletins {

    private Bulletins() {
    }

    static String register(String name) {
        Api.Reply r = Api.as("binhlu.vanhanh").post("devices", Json.createObjectBuilder().add("commune", "03390")
                .add("type", "cum_loa").add("name", name).add("village", "Bản Thử").add("transport", "4g").build());
        assertEquals(201, r.status(), r.toString());
        return r.json().getString("id");
    }

    /** A device registered in Bình Lư, given its credentials and connected (20 ms latency, 200 ms plays). */
    static vn.nguon.sim.SimDevice connected(String name, java.util.concurrent.ScheduledExecutorService timer) throws Exception {
        String id = register(name + " " + System.nanoTime());
        vn.nguon.sim.SimDevice device = vn.nguon.sim.SimDevice.of(id, secret(id), 20, 200, timer);
        Thread.sleep(800); // the account reaches the broker when the API's transaction commits
        device.connect();
        return device;
    }

    /** An emergency alert (CAP fields) to one device, from now for an hour. */
    static JsonObjectBuilder alert(String deviceId, String title, String text, String event, String severity, String urgency) {
        Instant now = Instant.now();
        return Json.createObjectBuilder().add("kind", "ALERT").add("title", title).add("category", "DISASTER").add("priority", "EMERGENCY")
                .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "vi").add("text", text)))
                .add("targets", Json.createArrayBuilder().add(target("DEVICE", deviceId)))
                .add("startsAt", time(now)).add("expiresAt", time(now.plusSeconds(3600)))
                .add("alert", Json.createObjectBuilder().add("event", event).add("severity", severity).add("urgency", urgency)
                        .add("certainty", "Likely").add("instruction", "Làm theo hướng dẫn của chính quyền địa phương."));
    }

    static String secret(String id) {
        return Api.as("binhlu.vanhanh").post("devices/" + id + "/credentials", JsonObject.EMPTY_JSON_OBJECT).json().getString("secret");
    }

    static String time(Instant t) {
        return t.atOffset(ZoneOffset.ofHours(7)).toString();
    }

    static JsonObjectBuilder bulletin(String title, String priority, Instant startsAt, Instant expiresAt, JsonArrayBuilder targets) {
        return Json.createObjectBuilder().add("kind", "BULLETIN").add("title", title).add("category", "NEWS")
                .add("priority", priority)
                .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "vi")
                        .add("text", "Thông báo lịch tiêm chủng mở rộng tại trạm y tế xã Bình Lư.")))
                .add("targets", targets).add("startsAt", time(startsAt)).add("expiresAt", time(expiresAt));
    }

    static JsonObjectBuilder target(String kind, String code) {
        return Json.createObjectBuilder().add("kind", kind).add("code", code);
    }

    static long approved(JsonObjectBuilder body) {
        Api.Reply created = Api.as("binhlu.canbo").post("bulletins", body.build());
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.as("binhlu.canbo").post("bulletins/" + id + "/submit", JsonObject.EMPTY_JSON_OBJECT).status());
        Api.Reply ok = Api.as("binhlu.lanhdao").post("bulletins/" + id + "/approve", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals("APPROVED", ok.json().getString("status"), ok.toString());
        return id;
    }

    static List<JsonObject> deliveries(long id, String device) {
        return Api.as("binhlu.canbo").get("bulletins/" + id + "/deliveries").body().asJsonArray()
                .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("deviceId").equals(device)).toList();
    }

    static String state(long id, String device) {
        List<JsonObject> d = deliveries(id, device);
        return d.isEmpty() ? "NONE" : d.get(0).getString("state");
    }

    static void await(String what, int seconds, BooleanSupplier done) throws InterruptedException {
        for (int i = 0; i < seconds * 5; i++) {
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(200);
        }
        assertTrue(done.getAsBoolean(), what);
    }

    /** A mono 16-bit 8 kHz PCM WAV of silence. */
    public static byte[] wav(int millis) {
        int samples = (int) (8000L * millis / 1000);
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + samples * 2).put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(8000).putInt(16000).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(samples * 2);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h.array());
        out.writeBytes(new byte[samples * 2]);
        return out.toByteArray();
    }

    static Api.Reply upload(byte[] data) {
        return Api.as("binhlu.canbo").postBytes("media?name=tin.wav", "audio/wav", data);
    }
}
