package vn.nguon.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.sim.SimDevice;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nguon.it.Bulletins.approved;
import static vn.nguon.it.Bulletins.await;
import static vn.nguon.it.Bulletins.bulletin;
import static vn.nguon.it.Bulletins.deliveries;
import static vn.nguon.it.Bulletins.register;
import static vn.nguon.it.Bulletins.secret;
import static vn.nguon.it.Bulletins.state;
import static vn.nguon.it.Bulletins.target;
import static vn.nguon.it.Bulletins.time;
import static vn.nguon.it.Bulletins.upload;
import static vn.nguon.it.Bulletins.wav;
import vn.nguon.sim.Api;

/**
 * Bulletins end to end through the real EAR, broker and MQTT devices: approval (with its
 * refusals), dispatch on the schedule, acknowledgements, cancel and update reaching devices that
 * hold the bulletin, an offline device served on reconnection or expired, audio with signed
 * ranged links, CAP export, the broadcast log, and who may do what.
 */
@ExtendWith(ArquillianExtension.class)
class BroadcastIT {

    static final ScheduledExecutorService TIMER = Executors.newScheduledThreadPool(2);
    static SimDevice a;
    static SimDevice b;
    static String aId;
    static String bId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void devices() throws Exception {
        aId = register("Loa phát thanh thử A " + System.nanoTime());
        bId = register("Loa phát thanh thử B " + System.nanoTime());
        a = SimDevice.of(aId, secret(aId), 50, 300, TIMER);
        b = SimDevice.of(bId, secret(bId), 50, 300, TIMER);
        Thread.sleep(800); // the accounts reach the broker when the API's transactions commit
        a.connect();
        b.connect();
    }

    @AfterAll
    static void stop() throws Exception {
        a.stop();
        b.stop();
        TIMER.shutdownNow();
    }

    static JsonArrayBuilder devicesAB() {
        return Json.createArrayBuilder().add(target("DEVICE", aId)).add(target("DEVICE", bId));
    }

    @Test
    void approvedBulletinPlaysOnItsDevicesAndEveryStepIsChecked() throws Exception {
        Instant now = Instant.now();
        JsonObjectBuilder body = bulletin("Lịch tiêm chủng tháng 12", "NORMAL", now.plusSeconds(2), now.plusSeconds(3600), devicesAB());
        Api.Reply created = Api.as("binhlu.canbo").post("bulletins", body.build());
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals("DRAFT", created.json().getString("status"));
        assertTrue(created.json().getJsonArray("actions").toString().contains("SUBMIT"));

        // an officer may not approve, nor anyone before it is sent for approval
        assertEquals(409, Api.as("binhlu.lanhdao").post("bulletins/" + id + "/approve", JsonObject.EMPTY_JSON_OBJECT).status());
        assertEquals(200, Api.as("binhlu.canbo").post("bulletins/" + id + "/submit", JsonObject.EMPTY_JSON_OBJECT).status());
        assertEquals(403, Api.as("binhlu.canbo").post("bulletins/" + id + "/approve", JsonObject.EMPTY_JSON_OBJECT).status());
        // another commune's leader and the province's leader may not approve a commune's bulletin
        assertEquals(403, Api.as("sontayha.lanhdao").post("bulletins/" + id + "/approve", JsonObject.EMPTY_JSON_OBJECT).status());
        assertEquals(403, Api.as("laichau.lanhdao").post("bulletins/" + id + "/approve", JsonObject.EMPTY_JSON_OBJECT).status());

        // a rejection needs a reason; the author fixes it and sends it again
        Api.Reply noReason = Api.as("binhlu.lanhdao").post("bulletins/" + id + "/reject", Json.createObjectBuilder().add("reason", " ").build());
        assertEquals(400, noReason.status(), noReason.toString());
        Api.Reply rejected = Api.as("binhlu.lanhdao").post("bulletins/" + id + "/reject",
                Json.createObjectBuilder().add("reason", "Ghi rõ địa điểm tiêm").build());
        assertEquals("REJECTED", rejected.json().getString("status"));
        assertEquals("Ghi rõ địa điểm tiêm", rejected.json().getString("decisionReason"));
        Instant later = Instant.now();
        Api.Reply edited = Api.as("binhlu.canbo").put("bulletins/" + id, bulletin("Lịch tiêm chủng tháng 12 tại trạm y tế", "NORMAL",
                later.plusSeconds(2), later.plusSeconds(3600), devicesAB()).add("version", rejected.json().getJsonNumber("version").longValue()).build());
        assertEquals("DRAFT", edited.json().getString("status"), edited.toString());
        assertEquals(200, Api.as("binhlu.canbo").post("bulletins/" + id + "/submit", JsonObject.EMPTY_JSON_OBJECT).status());
        assertTrue(Api.as("binhlu.lanhdao").get("bulletins/pending").json().getJsonNumber("pending").intValue() >= 1,
                "it waits for approval at Bình Lư (the banner's count)");
        assertEquals("APPROVED", Api.as("binhlu.lanhdao").post("bulletins/" + id + "/approve", JsonObject.EMPTY_JSON_OBJECT)
                .json().getString("status"));

        await("both devices played it", 20, () -> state(id, aId).equals("DONE") && state(id, bId).equals("DONE"));
        JsonObject play = a.commands().stream().filter(c -> c.getInt("bulletinId", -1) == id).findFirst().orElseThrow();
        assertEquals("PLAY", play.getString("type"));
        assertEquals("NORMAL", play.getString("priority"));
        assertEquals("Lịch tiêm chủng tháng 12 tại trạm y tế", play.getString("title"));
        JsonObject d = deliveries(id, aId).get(0);
        assertEquals(play.getString("deliveryId"), d.getString("id"));
        // the device's times, and when Nguồn recorded the outcome by its own clock
        Instant recorded = Instant.parse(d.getString("recordedAt"));
        assertFalse(recorded.isBefore(later) || recorded.isAfter(Instant.now()), d.toString());
        assertFalse(recorded.isBefore(Instant.parse(d.getString("endedAt")).minusSeconds(5)), d.toString());
        assertTrue(a.acks().indexOf("RECEIVED " + d.getString("id")) < a.acks().indexOf("DONE " + d.getString("id")));

        // the broadcast log: the commune's, exported as CSV, with the device and outcome
        Api.Reply csv = Api.as("binhlu.canbo").getBytes("broadcast-log?format=csv");
        assertEquals(200, csv.status());
        String text = new String(csv.bytes(), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFGiờ phát,"), text.substring(0, 40));
        // values in words, as the headers: the outcome, the priority and the language, never their codes
        assertTrue(text.lines().anyMatch(l -> l.contains(aId) && l.contains("Đã phát xong") && l.contains("Thông thường")
                && l.contains("Tiếng Việt") && l.contains("Lịch tiêm chủng tháng 12")), text);
        assertTrue(text.lines().noneMatch(l -> l.contains(",DONE,") || l.contains(",NORMAL,") || l.contains(",vi,")), text);
        // the province sees it in its log too; another commune does not, and may not ask for Bình Lư's
        assertTrue(new String(Api.as("laichau.canbo").getBytes("broadcast-log?format=csv").bytes(), StandardCharsets.UTF_8).contains(aId));
        assertFalse(new String(Api.as("sontayha.canbo").getBytes("broadcast-log?format=csv").bytes(), StandardCharsets.UTF_8).contains(aId));
        assertEquals(403, Api.as("sontayha.canbo").get("broadcast-log?unit=03390").status());
        assertEquals(403, Api.as("sontayha.canbo").get("bulletins/" + id).status());
        assertTrue(Api.as("sontayha.canbo").get("bulletins").body().asJsonArray().getValuesAs(JsonObject.class).stream()
                .noneMatch(x -> x.getJsonNumber("id").longValue() == id));
        assertTrue(Api.as("laichau.canbo").get("bulletins").body().asJsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(x -> x.getJsonNumber("id").longValue() == id));

        // every step is in the audit trail, with who and when
        List<String> steps = Api.as("binhlu.canbo").get("bulletins/" + id + "/history").body().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(e -> e.getString("action") + " " + e.getString("actor")).toList();
        assertEquals(List.of("create binhlu.canbo", "submit binhlu.canbo", "reject binhlu.lanhdao", "update binhlu.canbo",
                "submit binhlu.canbo", "approve binhlu.lanhdao"), steps);
    }

    @Test
    void cancelAndUpdateReachTheDevicesThatHoldTheBulletin() throws Exception {
        Instant now = Instant.now();
        long cancelled = approved(bulletin("Họp dân bản Thử", "NORMAL", now.plusSeconds(25), now.plusSeconds(3600), devicesAB()));
        await("held by both devices", 15, () -> state(cancelled, aId).equals("RECEIVED") && state(cancelled, bId).equals("RECEIVED"));
        // the province's leader may stop a commune's bulletin; another commune may not
        assertEquals(403, Api.as("sontayha.lanhdao").post("bulletins/" + cancelled + "/cancel", JsonObject.EMPTY_JSON_OBJECT).status());
        Api.Reply c = Api.as("laichau.lanhdao").post("bulletins/" + cancelled + "/cancel", Json.createObjectBuilder().add("reason", "Hoãn họp").build());
        assertEquals("CANCELLED", c.json().getString("status"), c.toString());
        await("both devices told", 10, () -> a.commands().stream().anyMatch(x -> x.getString("type").equals("CANCEL")
                && x.getInt("bulletinId") == cancelled) && b.commands().stream().anyMatch(x -> x.getString("type").equals("CANCEL")
                && x.getInt("bulletinId") == cancelled));
        assertEquals("CANCELLED", state(cancelled, aId));

        long updated = approved(bulletin("Lịch thu gom rác", "NORMAL", now.plusSeconds(25), now.plusSeconds(3600), devicesAB()));
        await("r1 held", 15, () -> state(updated, aId).equals("RECEIVED"));
        JsonObject current = Api.as("binhlu.canbo").get("bulletins/" + updated).json();
        Api.Reply edit = Api.as("binhlu.canbo").put("bulletins/" + updated, bulletin("Lịch thu gom rác (đã đổi giờ)", "NORMAL",
                Instant.now().plusSeconds(6), now.plusSeconds(3600), devicesAB()).add("version", current.getJsonNumber("version").longValue()).build());
        assertEquals("PENDING", edit.json().getString("status"), "an approved bulletin that changes needs approval again: " + edit);
        assertEquals(2, edit.json().getInt("revision"));
        assertEquals("APPROVED", Api.as("binhlu.lanhdao").post("bulletins/" + updated + "/approve", JsonObject.EMPTY_JSON_OBJECT)
                .json().getString("status"));
        await("r2 played on A", 30, () -> deliveries(updated, aId).stream().anyMatch(x -> x.getInt("revision") == 2 && x.getString("state").equals("DONE")));
        List<JsonObject> onA = deliveries(updated, aId);
        assertTrue(onA.stream().anyMatch(x -> x.getInt("revision") == 1 && x.getString("state").equals("CANCELLED")), onA.toString());
        Thread.sleep(2000);
        for (SimDevice dev : List.of(a, b)) {
            // nothing of the cancelled bulletin or of revision 1 ever played
            for (JsonObject cmd : dev.commands()) {
                if (cmd.getString("type").equals("PLAY") && (cmd.getInt("bulletinId") == cancelled
                        || (cmd.getInt("bulletinId") == updated && cmd.getInt("revision") == 1))) {
                    assertFalse(dev.acks().contains("PLAYING " + cmd.getString("deliveryId")), "played " + cmd);
                }
            }
        }
    }

    @Test
    void aDailyProgrammeIsDispatchedSlotBySlot() throws Exception {
        java.time.ZonedDateTime vnNow = java.time.ZonedDateTime.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        java.time.ZonedDateTime slot = vnNow.plusMinutes(3).withSecond(0).withNano(0);
        if (!slot.toLocalDate().equals(vnNow.toLocalDate())) {
            slot = vnNow.plusMinutes(3); // just before midnight: the test still holds with tomorrow's slot
        }
        String hhmm = String.format("%02d:%02d", slot.getHour(), slot.getMinute());
        JsonObjectBuilder daily = bulletin("Chương trình phát thanh buổi chiều", "NORMAL", vnNow.toLocalDate().atStartOfDay(vnNow.getZone()).toInstant(),
                vnNow.toLocalDate().plusDays(3).atStartOfDay(vnNow.getZone()).toInstant(), devicesAB())
                .add("recurrence", "DAILY").add("times", Json.createArrayBuilder().add(hhmm))
                .add("repeatUntil", vnNow.toLocalDate().plusDays(2).toString());
        long id = approved(daily);
        // within the lead time the slot is dispatched at once; the devices hold it until its time
        await("today's slot held by A", 15, () -> state(id, aId).equals("RECEIVED"));
        JsonObject d = deliveries(id, aId).get(0);
        assertEquals(slot.toInstant(), Instant.parse(d.getString("slotAt")), "the delivery is for today's " + hhmm);
        JsonObject view = Api.as("binhlu.canbo").get("bulletins/" + id).json();
        assertEquals(slot.plusDays(1).toInstant(), Instant.parse(view.getString("nextSlotAt")), "next: tomorrow at " + hhmm);
        assertEquals(1, deliveries(id, aId).size(), "tomorrow's slot is not dispatched yet");
        JsonObject played = a.commands().stream().filter(c -> c.getInt("bulletinId", -1) == id).findFirst().orElseThrow();
        assertEquals(slot.toInstant(), java.time.OffsetDateTime.parse(played.getString("notBefore")).toInstant());
        // the commune's schedule lists the programme on each of its days
        Api.Reply schedule = Api.as("binhlu.canbo").get("schedule?from=" + vnNow.toLocalDate() + "&to=" + vnNow.toLocalDate().plusDays(6));
        assertEquals(3, schedule.body().asJsonArray().getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getJsonNumber("bulletinId").longValue() == id).count(), schedule.toString());
        Api.as("binhlu.lanhdao").post("bulletins/" + id + "/cancel", Json.createObjectBuilder().add("reason", "hết thử").build());
    }

    @Test
    void aCommandLostOnTheWayIsSentAgainAndPlaysOnce() throws Exception {
        a.loseNext(1);
        Instant now = Instant.now();
        long id = approved(bulletin("Thông báo cắt điện", "EMERGENCY", now, now.plusSeconds(600),
                Json.createArrayBuilder().add(target("DEVICE", aId))));
        await("the device lost the first PLAY", 15, () -> a.commands().stream().anyMatch(c -> c.getInt("bulletinId", -1) == id));
        assertEquals("QUEUED", state(id, aId));
        // an online device that has not acknowledged within 30 s gets the same delivery again
        await("sent again and played", 75, () -> state(id, aId).equals("DONE"));
        List<String> ids = a.commands().stream().filter(c -> c.getInt("bulletinId", -1) == id).map(c -> c.getString("deliveryId")).toList();
        assertTrue(ids.size() >= 2 && ids.stream().distinct().count() == 1, "the same delivery, sent again: " + ids);
        assertEquals(1, a.acks().stream().filter(x -> x.equals("PLAYING " + ids.get(0))).count(), "played once");
    }

    @Test
    void offlineDeviceGetsItWhenItComesBackOrItExpires() throws Exception {
        b.drop();
        Instant now = Instant.now();
        long emergency = approved(bulletin("Cảnh báo mưa lớn", "EMERGENCY", now, now.plusSeconds(600), devicesAB()));
        await("A played it at once", 15, () -> state(emergency, aId).equals("DONE"));
        assertEquals("QUEUED", state(emergency, bId));
        b.connect();
        await("B played it after reconnecting", 20, () -> state(emergency, bId).equals("DONE"));

        b.drop();
        Instant t = Instant.now();
        long shortLived = approved(bulletin("Thông báo ngắn", "EMERGENCY", t, t.plusSeconds(4), devicesAB()));
        await("A played the short one", 15, () -> state(shortLived, aId).equals("DONE"));
        Thread.sleep(Math.max(0, t.plusSeconds(5).toEpochMilli() - System.currentTimeMillis()));
        b.connect();
        await("B's copy expired", 30, () -> state(shortLived, bId).equals("EXPIRED"));
        String delivery = deliveries(shortLived, bId).get(0).getString("id");
        Thread.sleep(1500);
        assertFalse(b.acks().contains("PLAYING " + delivery), "an expired bulletin never plays");
    }

    @Test
    void audioIsCheckedStoredAndServedThroughSignedRangedLinks() throws Exception {
        Api.Reply notAudio = Api.as("binhlu.canbo").postText("media?name=x.mp3", "audio/mpeg", "this is not audio");
        assertEquals(422, notAudio.status(), notAudio.toString());
        assertTrue(notAudio.toString().contains("audioType"));
        Api.Reply tooShort = upload(wav(200));
        assertEquals(422, tooShort.status(), tooShort.toString());
        assertTrue(tooShort.toString().contains("audioTooShort"));
        Api.Reply ok = upload(wav(2000));
        assertEquals(201, ok.status(), ok.toString());
        assertEquals(2000, ok.json().getJsonNumber("durationMs").longValue());
        assertEquals("audio/wav", ok.json().getString("contentType"));

        // the documented limits (30 MB, 30 minutes) hold at every layer, and each refusal names its limit:
        // a 29-minute recording (27.8 MB, beyond the HTTP server's former 10 MB) is taken whole ...
        Api.Reply long29 = upload(wav(29 * 60_000));
        assertEquals(201, long29.status(), long29.toString());
        assertEquals(29 * 60_000, long29.json().getJsonNumber("durationMs").longValue(), "the length the decoder found");
        // ... 31 minutes is too long, 31 MB too large (refused before it is read), in the caller's language
        Api.Reply tooLong = upload(wav(31 * 60_000));
        assertEquals(422, tooLong.status(), tooLong.toString());
        assertTrue(tooLong.toString().contains("dài quá 30 phút"), tooLong.toString());
        Api.Reply tooBig = Api.as("binhlu.canbo").inLanguage("en").postBytes("media?name=big.wav", "audio/wav",
                new byte[31 * 1024 * 1024]);
        assertEquals(413, tooBig.status(), tooBig.toString());
        assertTrue(tooBig.toString().contains("larger than 30 MB") && tooBig.toString().contains("\"field\":\"audio\""), tooBig.toString());
        // random bytes behind valid MP3 frame headers look like 2.6 s of audio to a header walk; decoding refuses them
        java.util.Random random = new java.util.Random(7);
        java.io.ByteArrayOutputStream frames = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < 100; i++) {
            byte[] payload = new byte[413];
            random.nextBytes(payload);
            frames.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0});
            frames.writeBytes(payload);
        }
        Api.Reply noise = Api.as("binhlu.canbo").postBytes("media?name=tin.mp3", "audio/mpeg", frames.toByteArray());
        assertEquals(422, noise.status(), noise.toString());
        assertTrue(noise.toString().contains("audioCorrupt"), noise.toString());

        Api.Reply tts = Api.as("binhlu.canbo").post("media/tts", Json.createObjectBuilder()
                .add("text", "Bà con chú ý, ngày mai mất điện từ bảy giờ sáng.").add("language", "vi").build());
        assertEquals(201, tts.status(), tts.toString());
        assertTrue(tts.json().getJsonNumber("durationMs").longValue() > 1000, tts.toString());
        assertEquals(422, Api.as("binhlu.canbo").post("media/tts", Json.createObjectBuilder().add("text", "x").add("language", "hmn").build()).status());

        long mediaId = ok.json().getJsonNumber("id").longValue();
        Instant now = Instant.now();
        JsonObjectBuilder body = Json.createObjectBuilder().add("kind", "BULLETIN").add("title", "Bản tin có âm thanh")
                .add("category", "NEWS").add("priority", "PRIORITY")
                .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "vi")
                        .add("text", "Bản tin có âm thanh").add("mediaId", mediaId)))
                .add("targets", Json.createArrayBuilder().add(target("DEVICE", aId)))
                .add("startsAt", time(now)).add("expiresAt", time(now.plusSeconds(600)));
        long id = approved(body);
        await("A got it", 15, () -> a.commands().stream().anyMatch(c -> c.getInt("bulletinId", -1) == id));
        String url = a.commands().stream().filter(c -> c.getInt("bulletinId", -1) == id).findFirst().orElseThrow().getString("audioUrl");
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<byte[]> part = http.send(HttpRequest.newBuilder(URI.create(url)).header("Range", "bytes=0-99").build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(206, part.statusCode());
        assertEquals(100, part.body().length);
        assertEquals("RIFF", new String(part.body(), 0, 4, StandardCharsets.US_ASCII));
        String sig = url.substring(url.indexOf("sig=") + 4);
        String forgedUrl = url.replace("sig=" + sig, "sig=" + (sig.charAt(0) == 'A' ? 'B' : 'A') + sig.substring(1));
        HttpResponse<byte[]> forged = http.send(HttpRequest.newBuilder(URI.create(forgedUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(403, forged.statusCode());
        // another commune may not use Bình Lư's audio
        JsonObjectBuilder foreign = Json.createObjectBuilder().add("kind", "BULLETIN").add("title", "x").add("category", "NEWS")
                .add("priority", "NORMAL").add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("language", "vi").add("text", "x").add("mediaId", mediaId)))
                .add("targets", Json.createArrayBuilder().add(target("UNIT", "21343")))
                .add("startsAt", time(now.plusSeconds(60))).add("expiresAt", time(now.plusSeconds(600)));
        Api.Reply refused = Api.as("sontayha.canbo").post("bulletins", foreign.build());
        assertEquals(422, refused.status());
        assertTrue(refused.toString().contains("unknownMedia"), refused.toString());
    }

    @Test
    void provinceWideEmergencyAlertExportsValidCap() throws Exception {
        Instant now = Instant.now();
        JsonObject alert = Json.createObjectBuilder().add("kind", "ALERT").add("title", "Cảnh báo lũ quét, sạt lở đất")
                .add("category", "DISASTER").add("priority", "EMERGENCY")
                .add("versions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("language", "vi").add("text", "Mưa lớn gây lũ quét tại các xã vùng cao. Bà con di chuyển đến nơi an toàn."))
                        .add(Json.createObjectBuilder().add("language", "hmn").add("text", "Nag hlob dej nyab.").add("playsIn", Json.createArrayBuilder().add("03390"))))
                .add("targets", Json.createArrayBuilder().add(target("UNIT", "12")))
                .add("startsAt", time(now)).add("expiresAt", time(now.plusSeconds(6 * 3600)))
                .add("alert", Json.createObjectBuilder().add("event", "Lũ quét").add("severity", "Severe").add("urgency", "Immediate")
                        .add("certainty", "Likely").add("instruction", "Không qua ngầm, tràn."))
                .build();
        // a commune may not alert the whole province
        Api.Reply refused = Api.as("binhlu.canbo").post("bulletins", alert);
        assertEquals(422, refused.status());
        assertTrue(refused.toString().contains("targetNotBelow"));
        // nor may an alert expire before it starts
        JsonObject stale = Json.createObjectBuilder(alert).add("expiresAt", time(now.minusSeconds(60))).build();
        assertTrue(Api.as("laichau.canbo").post("bulletins", stale).toString().contains("expiresBeforeStart"));

        Api.Reply created = Api.as("laichau.canbo").post("bulletins", alert);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        Api.as("laichau.canbo").post("bulletins/" + id + "/submit", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals("APPROVED", Api.as("laichau.lanhdao").post("bulletins/" + id + "/approve", JsonObject.EMPTY_JSON_OBJECT).json().getString("status"));
        await("A (in Bình Lư, Lai Châu) got it in H'Mông", 15, () -> a.commands().stream()
                .anyMatch(c -> c.getInt("bulletinId", -1) == id && c.getString("language").equals("hmn")));
        await("A played it", 15, () -> state(id, aId).equals("DONE"));
        // the commune sees the province's alert that plays on its devices
        assertEquals(200, Api.as("binhlu.canbo").get("bulletins/" + id).status());

        Api.Reply cap = Api.as("laichau.canbo").getBytes("bulletins/" + id + "/cap");
        assertEquals(200, cap.status());
        String xml = new String(cap.bytes(), StandardCharsets.UTF_8);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(Path.of("../docs/specs/cap12.xsd").toFile())
                .newValidator().validate(new StreamSource(new StringReader(xml)));
        assertTrue(xml.contains("<event>Lũ quét</event>") && xml.contains("<msgType>Alert</msgType>") && xml.contains("hmn"), xml);
        assertEquals(400, Api.as("binhlu.canbo").get("bulletins/" + approved(bulletin("x", "NORMAL", now.plusSeconds(3000),
                now.plusSeconds(3600), devicesAB())) + "/cap").status(), "a bulletin is not an alert");
    }

    @Test
    void whoMayWriteWhat() {
        Instant now = Instant.now();
        // a device operator runs devices, not bulletins
        assertEquals(403, Api.as("binhlu.vanhanh").post("bulletins", bulletin("x", "NORMAL", now.plusSeconds(60),
                now.plusSeconds(600), devicesAB()).build()).status());
        // a commune may not target another commune's device
        Api.Reply foreign = Api.as("sontayha.canbo").post("bulletins", bulletin("x", "NORMAL", now.plusSeconds(60),
                now.plusSeconds(600), devicesAB()).build());
        assertEquals(422, foreign.status());
        assertTrue(foreign.toString().contains("targetNotBelow"));
        // every problem at once, by field
        Api.Reply bad = Api.as("binhlu.canbo").post("bulletins", Json.createObjectBuilder().add("title", "")
                .add("priority", "LOUD").add("startsAt", "tomorrow").build());
        assertEquals(422, bad.status());
        assertTrue(bad.toString().contains("priority") && bad.toString().contains("startsAt"), bad.toString());
        assertEquals(422, Api.as("binhlu.canbo").get("bulletins?limit=many").status(), "a bad limit is named, not a 404");
        assertEquals(422, Api.as("binhlu.canbo").get("broadcast-log?from=yesterday").status());
        Api.Reply missing = Api.as("binhlu.canbo").post("bulletins", Json.createObjectBuilder().add("title", "").build());
        assertEquals(422, missing.status());
        for (String field : List.of("title", "category", "priority", "versions", "targets", "startsAt")) {
            assertTrue(missing.toString().contains("\"" + field + "\""), field + " in " + missing);
        }
    }
}
