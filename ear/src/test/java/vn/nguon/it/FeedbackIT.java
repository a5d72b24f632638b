package vn.nguon.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.sim.Api;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Citizens' feedback through the public API (no sign-in) and the units' API: submitting with files (checked,
 * re-encoded), tracking by code without personal data, routing and scoping, the steps and who may take them,
 * the answer published redacted, "not satisfied" reopening, transfer, duplicates merged, escalation when the
 * deadline passes (time moved in the database), upload attacks, stored XSS, the honeypot and the rate limit.
 */
@ExtendWith(ArquillianExtension.class)
public class FeedbackIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final AtomicInteger CLIENTS = new AtomicInteger(10);

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @org.junit.jupiter.api.BeforeAll
    static void aSiblingCommuneHasAnOfficer() {
        try (org.keycloak.admin.client.Keycloak k = vn.nguon.bench.KeycloakUsers.admin()) {
            vn.nguon.bench.KeycloakUsers.create(k.realm("nguon"), SourcesIT.SIBLING, "03394",
                    k.realm("nguon").roles().get("commune-officer").toRepresentation());
        }
    }

    /** A client address of its own (the test stack trusts X-Forwarded-For), so that tests do not share a rate limit. */
    static String client() {
        return "198.51.100." + CLIENTS.incrementAndGet();
    }

    record Reply(int status, String body, java.net.http.HttpHeaders headers) {
        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    static Reply publicCall(String method, String path, String client, JsonObject body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + "public/feedback" + path)).header("X-Forwarded-For", client)
                .header("Accept-Language", "vi");
        if (body != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.body(), r.headers());
    }

    static JsonObjectBuilder feedback(String title) {
        return Json.createObjectBuilder().add("category", "ha-tang").add("commune", "03390").add("title", title)
                .add("text", "Đoạn đường vào bản Thẳm dài 20 m bị sạt sau mưa, xe máy không qua được.")
                .add("name", "Lò Văn Minh").add("phone", "0912 345 678").add("consent", true);
    }

    static String submitted(JsonObject body, String client) throws Exception {
        Reply r = publicCall("POST", "", client, body);
        assertEquals(201, r.status(), r.body());
        return r.json().getString("code");
    }

    static long idOf(String code, String user) {
        Api.Reply r = Api.as(user).get("feedback?q=" + code);
        assertEquals(200, r.status(), r.toString());
        assertEquals(1, r.json().getJsonArray("rows").size(), r.toString());
        return r.json().getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
    }

    static String problems(Reply r) {
        return r.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field") + " " + v.getString("code")).toList().toString();
    }

    static byte[] chunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    /** A PNG photo carrying a GPS comment, as phones write them. */
    static byte[] photoWithGps() throws Exception {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(320, 240, java.awt.image.BufferedImage.TYPE_INT_RGB);
        img.setRGB(3, 3, 0x884422);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        byte[] png = out.toByteArray();
        ByteArrayOutputStream with = new ByteArrayOutputStream();
        with.write(png, 0, 33);
        with.write(chunk("tEXt", "Comment\0GPS 22.3912N 103.4511E".getBytes(StandardCharsets.ISO_8859_1)));
        with.write(png, 33, png.length - 33);
        return with.toByteArray();
    }

    static JsonArrayBuilder files(byte[]... data) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (int i = 0; i < data.length; i++) {
            a.add(Json.createObjectBuilder().add("name", "anh-" + i + ".jpg").add("data", Base64.getEncoder().encodeToString(data[i])));
        }
        return a;
    }

    static List<String> inbox(String user) {
        return Api.as(user).get("inbox?max=200").body().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(e -> (!e.containsKey("code") || e.isNull("code") ? "" : e.getString("code")) + " " + e.getJsonArray("args")).toList();
    }

    @Test
    void aCitizenSubmitsWithAPhotoTheCommuneAnswersTheLeaderApprovesTheCitizenReopens() throws Exception {
        String client = client();
        String title = "Sạt lở đường vào bản Thẳm " + UUID.randomUUID().toString().substring(0, 5);
        String code = submitted(feedback(title).add("files", files(photoWithGps())).build(), client);
        assertTrue(code.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), code);

        // what anyone with the code sees: the item and its history, nothing personal
        Reply tracked = publicCall("GET", "/" + code.toLowerCase(), client, null);
        assertEquals(200, tracked.status(), tracked.body());
        assertEquals("RECEIVED", tracked.json().getString("status"));
        assertEquals("Xã Bình Lư", tracked.json().getString("communeName"));
        assertFalse(tracked.body().contains("Lò Văn Minh") || tracked.body().contains("0912"), tracked.body());
        assertEquals(404, publicCall("GET", "/AAAA-BBBB-CCCC", client, null).status());

        // routed to Bình Lư: its officer sees it with the citizen's contact and the photo, re-encoded without its GPS comment
        long id = idOf(code, "binhlu.canbo");
        JsonObject item = Api.as("binhlu.canbo").get("feedback/" + id).json();
        assertEquals("Lò Văn Minh", item.getJsonObject("citizen").getString("name"));
        String link = item.getJsonArray("files").getJsonObject(0).getString("link");
        byte[] stored = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8080/nguon" + link)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body();
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("GPS 22.3912N"), "the photo's metadata is gone");
        assertEquals(320, javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(stored)).getWidth());
        Bulletins.await("a notice to binhlu.canbo", 20, () -> inbox("binhlu.canbo").stream().anyMatch(e -> e.startsWith("feedback.arrived") && e.contains(code)));

        // who sees it: the province (with the contact: it is above), never a sibling commune or another province
        assertEquals("Lò Văn Minh", Api.as("laichau.canbo").get("feedback/" + id).json().getJsonObject("citizen").getString("name"));
        assertEquals(403, Api.as(SourcesIT.SIBLING).get("feedback/" + id).status());
        assertEquals(403, Api.as("quangngai.canbo").get("feedback/" + id).status());
        assertEquals(0, Api.as("quangngai.canbo").get("feedback?q=" + code).json().getJsonNumber("total").longValue());
        assertEquals(403, Api.as("binhlu.vanhanh").get("feedback").status(), "a device operator does not handle feedback");

        // accepted, drafted (with the citizen's phone in it), approved by the leader only
        assertEquals(403, Api.as("laichau.canbo").post("feedback/" + id + "/accept", JsonValue.EMPTY_JSON_OBJECT).status(),
                "the province sees it but does not take Bình Lư's steps");
        assertEquals("ACCEPTED", Api.as("binhlu.canbo").post("feedback/" + id + "/accept", JsonValue.EMPTY_JSON_OBJECT).json().getString("status"));
        Api.Reply draft = Api.as("binhlu.canbo").post("feedback/" + id + "/draft", Json.createObjectBuilder()
                .add("answer", "UBND xã đã cho san gạt đoạn sạt. Ông Lò Văn Minh liên hệ 0912 345 678 nếu còn vướng.").build());
        assertEquals("IN_PROGRESS", draft.json().getString("status"), draft.toString());
        Bulletins.await("a notice to binhlu.lanhdao", 20, () -> inbox("binhlu.lanhdao").stream().anyMatch(e -> e.startsWith("feedback.drafted") && e.contains(code)));
        assertEquals(403, Api.as("binhlu.canbo").post("feedback/" + id + "/approve", JsonValue.EMPTY_JSON_OBJECT).status(), "an officer");
        Api.as("binhlu.canbo").post("feedback/" + id + "/notes", Json.createObjectBuilder().add("note", "Đã cử tổ xung kích ra hiện trường").build());
        assertEquals("ANSWERED", Api.as("binhlu.lanhdao").post("feedback/" + id + "/approve", JsonValue.EMPTY_JSON_OBJECT).json().getString("status"));

        JsonObject answered = publicCall("GET", "/" + code, client, null).json();
        assertEquals("UBND xã đã cho san gạt đoạn sạt. Ông […] liên hệ […] nếu còn vướng.", answered.getString("answer"));
        assertFalse(answered.toString().contains("tổ xung kích"), "internal notes never public");
        assertTrue(answered.getBoolean("mayRate"));

        // not satisfied: open again at Bình Lư, which is told
        Reply reopened = publicCall("POST", "/" + code + "/rating", client,
                Json.createObjectBuilder().add("satisfied", false).add("comment", "Đường vẫn trơn").build());
        assertEquals(200, reopened.status(), reopened.body());
        assertEquals("REOPENED", reopened.json().getString("status"));
        assertEquals(409, publicCall("POST", "/" + code + "/rating", client, Json.createObjectBuilder().add("satisfied", true).build()).status(),
                "rated once: the next rating is refused");
        Bulletins.await("a notice to binhlu.canbo", 20, () -> inbox("binhlu.canbo").stream().anyMatch(e -> e.startsWith("feedback.reopened") && e.contains(code)));
        JsonObject again = Api.as("binhlu.canbo").get("feedback/" + id).json();
        assertEquals("REOPENED", again.getString("status"));
        assertEquals(1, again.getInt("reopenCount"));
        assertTrue(again.getJsonArray("actions").toString().contains("ACCEPT"));
    }

    @Test
    void transferredUpwardMergedAsADuplicateAndEscalatedWhenItsDeadlinePasses() throws Exception {
        String client = client();
        String first = submitted(feedback("Đèn đường hỏng " + UUID.randomUUID().toString().substring(0, 5)).build(), client);
        String second = submitted(feedback("Đèn đường thôn Nà Cúng không sáng").add("anonymous", true).build(), client);
        long a = idOf(first, "binhlu.canbo");
        long b = idOf(second, "binhlu.canbo");
        JsonObject anonymous = Api.as("binhlu.canbo").get("feedback/" + b).json();
        assertTrue(!anonymous.containsKey("citizen") || anonymous.isNull("citizen"), "anonymous: no contact kept: " + anonymous);
        assertTrue(anonymous.getBoolean("anonymous"));

        // the second is a duplicate of the first: merged, its citizen sees the first one's answer
        Api.Reply merged = Api.as("binhlu.canbo").post("feedback/" + b + "/reject", Json.createObjectBuilder().add("kind", "DUPLICATE")
                .add("reason", "Trùng phản ánh đã tiếp nhận").add("duplicateOf", first).build());
        assertEquals("REJECTED", merged.json().getString("status"), merged.toString());
        assertEquals(422, Api.as("binhlu.canbo").post("feedback/" + a + "/reject", Json.createObjectBuilder().add("kind", "DUPLICATE")
                .add("reason", "x").add("duplicateOf", "AAAA-BBBB-CCCC").build()).status(), "an unknown code");

        // the first goes up to Lai Châu, with its reason; the province is told and sees why
        Api.Reply transfer = Api.as("binhlu.canbo").post("feedback/" + a + "/transfer", Json.createObjectBuilder().add("to", "12")
                .add("reason", "Đèn trên tỉnh lộ 128 do tỉnh quản lý").build());
        assertEquals("TRANSFERRED", transfer.json().getString("status"), transfer.toString());
        assertEquals(422, Api.as("binhlu.canbo").post("feedback/" + a + "/transfer", Json.createObjectBuilder().add("to", "51")
                .add("reason", "x").build()).status(), "not a unit Bình Lư sends to");
        Bulletins.await("a notice to laichau.canbo", 20, () -> inbox("laichau.canbo").stream().anyMatch(e -> e.startsWith("feedback.transferred") && e.contains(first)));
        JsonObject atProvince = Api.as("laichau.canbo").get("feedback/" + a).json();
        assertEquals("Đèn trên tỉnh lộ 128 do tỉnh quản lý", atProvince.getString("transferReason"));
        assertEquals(List.of(second), atProvince.getJsonArray("duplicateCodes").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList());
        assertEquals(403, Api.as("binhlu.canbo").post("feedback/" + a + "/accept", JsonValue.EMPTY_JSON_OBJECT).status(), "Bình Lư's no more");
        Api.as("laichau.canbo").post("feedback/" + a + "/accept", JsonValue.EMPTY_JSON_OBJECT);
        Api.as("laichau.canbo").post("feedback/" + a + "/draft", Json.createObjectBuilder().add("answer", "Sở Xây dựng đã thay bóng đèn.").build());
        assertEquals(200, Api.as("laichau.lanhdao").post("feedback/" + a + "/approve", JsonValue.EMPTY_JSON_OBJECT).status());
        JsonObject dup = publicCall("GET", "/" + second, client, null).json();
        assertEquals(first, dup.getString("mergedIntoCode"));
        assertEquals("Sở Xây dựng đã thay bóng đèn.", dup.getString("answer"));
        assertTrue(publicCall("GET", "/" + first, client, null).json().getJsonArray("history").toString().contains("Đèn trên tỉnh lộ 128"),
                "the citizen sees where it went and why");

        // a third one nobody touches: its deadline moved into the past, the round escalates it to Lai Châu once
        String late = submitted(feedback("Rác thải ven suối " + UUID.randomUUID().toString().substring(0, 5))
                .add("category", "moi-truong").build(), client);
        long c = idOf(late, "binhlu.canbo");
        try (java.sql.Connection db = SourcesIT.db()) {
            db.createStatement().executeUpdate("update feedback set due_at = now() - interval '1 hour' where id = " + c);
        }
        Bulletins.await("Lai Châu told of the overdue item", 20,
                () -> inbox("laichau.canbo").stream().anyMatch(e -> e.startsWith("feedback.overdue") && e.contains(late)));
        JsonObject escalated = Api.as("binhlu.canbo").get("feedback/" + c).json();
        assertTrue(escalated.containsKey("escalatedAt") && !escalated.isNull("escalatedAt"), escalated.toString());
        assertTrue(Api.as("laichau.canbo").get("feedback?overdue=true&max=200").json().toString().contains(late));
        Thread.sleep(4000);
        assertEquals(1, inbox("laichau.canbo").stream().filter(e -> e.startsWith("feedback.overdue") && e.contains(late)).count(), "once");

        // the statistics: Lai Châu per commune (Bình Lư's overdue item counted), the ministry per province; scoped
        JsonObject province = Api.as("laichau.canbo").get("feedback/stats").json();
        JsonObject binhLu = province.getJsonArray("byUnit").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("code").equals("03390")).findFirst().orElseThrow(() -> new AssertionError(province.toString()));
        assertTrue(binhLu.getInt("received") >= 3 && binhLu.getInt("overdue") >= 1, binhLu.toString());
        assertTrue(province.getJsonArray("byCategory").toString().contains("\"moi-truong\""), province.toString());
        assertTrue(Api.as("bo.canbo").get("feedback/stats").json().getJsonArray("byUnit").getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getString("code").equals("12")), "the ministry per province");
        assertEquals(200, Api.as("bo.canbo").get("feedback/stats?unit=03390").status(), "drilled down to a commune");
        assertEquals(403, Api.as("binhlu.canbo").get("feedback/stats?unit=12").status());
        assertEquals(403, Api.as("quangngai.canbo").get("feedback/stats?unit=03390").status());
        assertEquals(422, Api.as("laichau.canbo").get("feedback/stats?from=2026-12-31&to=2026-01-01").status());
    }

    @Test
    void hostileSubmissionsAreRefusedByNameAndNothingIsStored() throws Exception {
        String client = client();
        long before = count();
        // a script renamed .jpg, a picture too large, six files, a bad phone, personal data without consent
        Reply script = publicCall("POST", "", client, feedback("x").add("files", files("<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))).build());
        assertEquals("[files[0] notImage]", problems(script));
        // an oversized picture: the API's JSON body limit (2 MiB) refuses it before reading (the portal's form takes 10 MB a file)
        Reply big = publicCall("POST", "", client, feedback("x").add("files", files(new byte[3 * 1024 * 1024])).build());
        assertEquals(413, big.status(), big.body());
        byte[] one = photoWithGps();
        assertEquals("[files tooLarge]", problems(publicCall("POST", "", client, feedback("x").add("files", files(one, one, one, one, one, one)).build())));
        Reply bad = publicCall("POST", "", client, feedback("x").add("phone", "gọi tôi").add("consent", false).add("commune", "12").build());
        assertEquals("[phone feedback.badPhone, consent feedback.consentRequired, commune unknownTarget]", problems(bad));
        assertEquals("[website feedback.spam]", problems(publicCall("POST", "", client, feedback("x").add("website", "http://spam.example").build())));
        assertEquals(before, count(), "nothing stored");

        // a polyglot: a real JPEG with a script after its end — taken, and stored without the script
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(64, 64, java.awt.image.BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "jpeg", jpeg);
        jpeg.write("<html><script>alert(document.cookie)</script>".getBytes(StandardCharsets.UTF_8));
        // stored XSS: markup in every field shown back
        String evil = "<img src=x onerror=alert(1)>";
        String code = submitted(feedback(evil + " tiêu đề").add("text", evil).add("files", files(jpeg.toByteArray())).build(), client);
        long id = idOf(code, "binhlu.canbo");
        String link = Api.as("binhlu.canbo").get("feedback/" + id).json().getJsonArray("files").getJsonObject(0).getString("link");
        String stored = new String(HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8080/nguon" + link)).build(),
                HttpResponse.BodyHandlers.ofByteArray()).body(), StandardCharsets.ISO_8859_1);
        assertFalse(stored.contains("<script>"), "the polyglot's script is not kept");
        String page = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8080/nguon/public/feedback/track.xhtml?ref=" + code)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.contains("&lt;img src=x onerror=alert(1)&gt;"), "escaped on the tracking page");
        assertFalse(page.contains("<img src=x"), "never markup");

        // the rate limit: five per client in ten minutes, then 429 with Retry-After; another client is not held back
        String busy = client();
        for (int i = 0; i < 5; i++) {
            submitted(feedback("Phản ánh số " + i).build(), busy);
        }
        long stored5 = count();
        Reply limited = publicCall("POST", "", busy, feedback("một lần nữa").build());
        assertEquals(429, limited.status(), limited.body());
        assertEquals("600", limited.headers().firstValue("Retry-After").orElse(""));
        assertEquals(stored5, count());
        assertEquals(201, publicCall("POST", "", client(), feedback("người khác").build()).status());
    }

    @Test
    void aBulletinAnswersAGroupOfItemsOnTheLoudspeakers() throws Exception {
        String client = client();
        String a = submitted(feedback("Giờ phát thanh buổi sáng quá sớm").add("category", "thong-tin").build(), client);
        String b = submitted(feedback("Loa phát sáng sớm ảnh hưởng người già").add("category", "thong-tin").build(), client);
        Instant now = Instant.now();
        long bulletin = Bulletins.approved(Bulletins.bulletin("Thông báo đổi giờ phát thanh buổi sáng", "NORMAL", now.plusSeconds(3600),
                now.plusSeconds(7200), Json.createArrayBuilder().add(Bulletins.target("UNIT", "03390"))));
        long other = Api.as("laichau.canbo").post("bulletins", Bulletins.bulletin("Bản tin của tỉnh", "NORMAL", now.plusSeconds(3600),
                now.plusSeconds(7200), Json.createArrayBuilder().add(Bulletins.target("UNIT", "12"))).build()).json().getJsonNumber("id").longValue();
        assertEquals(422, Api.as("binhlu.canbo").post("feedback/on-air", Json.createObjectBuilder().add("bulletinId", other)
                .add("codes", Json.createArrayBuilder().add(a)).build()).status(), "another unit's bulletin");
        Api.Reply unknown = Api.as("binhlu.canbo").post("feedback/on-air", Json.createObjectBuilder().add("bulletinId", bulletin)
                .add("codes", Json.createArrayBuilder().add(a).add("AAAA-BBBB-CCCC")).build());
        assertEquals(422, unknown.status(), unknown.toString());
        assertTrue(publicCall("GET", "/" + a, client, null).json().getJsonArray("onAir").isEmpty(), "all or none");
        Api.Reply linked = Api.as("binhlu.canbo").post("feedback/on-air", Json.createObjectBuilder().add("bulletinId", bulletin)
                .add("codes", Json.createArrayBuilder().add(a).add(b.toLowerCase())).build());
        assertEquals(200, linked.status(), linked.toString());
        assertEquals(2, linked.body().asJsonArray().size());
        for (String code : List.of(a, b)) {
            JsonObject seen = publicCall("GET", "/" + code, client, null).json();
            assertEquals("Thông báo đổi giờ phát thanh buổi sáng", seen.getJsonArray("onAir").getJsonObject(0).getString("title"), seen.toString());
            assertTrue(seen.getJsonArray("history").toString().contains("feedback.public.onAir"));
        }
        assertEquals(409, Api.as("binhlu.canbo").post("feedback/on-air", Json.createObjectBuilder().add("bulletinId", bulletin)
                .add("codes", Json.createArrayBuilder().add(a)).build()).status(), "linked once");
    }

    @Test
    void feedbackByPhoneIsRecordedInTheSameQueue() {
        Api.Reply r = Api.as("binhlu.canbo").post("feedback", Json.createObjectBuilder().add("channel", "HOTLINE").add("category", "an-ninh")
                .add("title", "Tụ tập gây mất trật tự ban đêm").add("text", "Người dân gọi đường dây nóng lúc 22 giờ.").add("urgent", true).build());
        assertEquals(201, r.status(), r.toString());
        assertEquals("HOTLINE", r.json().getString("channel"));
        assertEquals("URGENT", r.json().getString("priority"));
        assertEquals("03390", r.json().getString("commune"));
        assertEquals(422, Api.as("binhlu.canbo").post("feedback", Json.createObjectBuilder().add("channel", "WEB").add("category", "an-ninh")
                .add("title", "t").add("text", "x").build()).status(), "only other channels are recorded by hand");
        assertEquals(422, Api.as("binhlu.canbo").post("feedback", Json.createObjectBuilder().add("channel", "PHONE").add("category", "an-ninh")
                .add("commune", "03394").add("title", "t").add("text", "x").build()).status(), "not for a sibling commune");
    }

    static long count() throws Exception {
        try (java.sql.Connection db = SourcesIT.db(); java.sql.ResultSet rs = db.createStatement().executeQuery("select count(*) from feedback")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Reply open311(String method, String path, String client, String form) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + "public/open311/v2/" + path)).header("X-Forwarded-For", client);
        if (form != null) {
            b.header("Content-Type", "application/x-www-form-urlencoded").method(method, HttpRequest.BodyPublishers.ofString(form));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.body(), r.headers());
    }

    static jakarta.json.JsonArray array(Reply r) {
        try {
            return Json.createReader(new StringReader(r.body())).readArray();
        } catch (jakarta.json.JsonException e) {
            throw new AssertionError("not a JSON array (" + r.status() + "): " + r.body(), e);
        }
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static Reply geo(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + "public/geo/" + path)).header("Accept-Language", "vi");
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.body(), r.headers());
    }

    @Test
    void aMapPointNamesTheCommuneItLiesIn() throws Exception {
        // the old Tam Đường town lies in Xã Bình Lư; the sea and Laos in no commune
        Reply at = geo("commune?lat=22.3361&lon=103.6045");
        assertEquals(200, at.status(), at.body());
        assertEquals("03390", at.json().getString("code"));
        assertEquals("Xã Bình Lư", at.json().getString("fullName"));
        assertEquals("12", at.json().getString("province"));
        assertEquals("[lat feedback.pointOutside]", problems(geo("commune?lat=15.0&lon=112.0")));
        assertTrue(geo("commune?lat=15.0&lon=112.0").json().getJsonArray("violations").getJsonObject(0).getString("message")
                .contains("không nằm trong xã"), "said in Vietnamese");
        assertEquals("[lat feedback.pointOutside]", problems(geo("commune?lat=17.97&lon=102.60")));
        assertEquals("[lat notAllowed, lon required]", problems(geo("commune?lat=abc")));
        assertEquals("[lat notAllowed]", problems(geo("commune?lat=91&lon=103")));

        // the shapes maps draw: the 34 provinces, a province's communes; cacheable, revalidated by ETag
        Reply provinces = geo("shapes");
        assertEquals(200, provinces.status());
        assertEquals(34, provinces.json().getJsonArray("features").size());
        assertTrue(provinces.headers().firstValue("Cache-Control").orElse("").contains("max-age=86400"));
        String etag = provinces.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, geo("shapes", "If-None-Match", etag).status());
        JsonObject laiChau = geo("shapes?unit=12").json();
        assertEquals(38, laiChau.getJsonArray("features").size());
        JsonObject binhLu = laiChau.getJsonArray("features").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("id").equals("03390")).findFirst().orElseThrow();
        assertEquals("Xã Bình Lư", binhLu.getJsonObject("properties").getString("name"));
        assertEquals("MultiPolygon", binhLu.getJsonObject("geometry").getString("type"));
        assertEquals("[unit unknownTarget]", problems(geo("shapes?unit=99")));

        // feedback with a point and no commune goes to the commune the point lies in
        String client = client();
        long before = count();
        JsonObject body = feedback("Cây đổ chắn đường gần chợ").remove("commune").add("latitude", 22.3361).add("longitude", 103.6045).build();
        Reply r = publicCall("POST", "", client, body);
        assertEquals(201, r.status(), r.body());
        assertEquals("Xã Bình Lư", r.json().getString("communeName"));
        long id = idOf(r.json().getString("code"), "binhlu.canbo");
        JsonObject item = Api.as("binhlu.canbo").get("feedback/" + id).json();
        assertEquals(22.3361, item.getJsonNumber("latitude").doubleValue(), 1e-9);
        assertEquals(403, Api.as(SourcesIT.SIBLING).get("feedback/" + id).status(), "another commune does not see it");
        // a point at sea: refused by name, nothing stored
        JsonObject sea = feedback("Ở ngoài biển").remove("commune").add("latitude", 15.0).add("longitude", 112.0).build();
        assertEquals("[latitude feedback.pointOutside]", problems(publicCall("POST", "", client, sea)));
        assertEquals(before + 1, count());
        // Open311: lat/long alone locate the request (GeoReport v2 asks for a location, not a jurisdiction)
        Reply open = open311("POST", "requests.json", client(), "service_code=moi-truong&lat=22.3361&long=103.6045&description="
                + enc("Rác thải đổ bên đường gần chợ"));
        assertEquals(201, open.status(), open.body());
        String openId = array(open).getJsonObject(0).getString("service_request_id");
        assertEquals("Xã Bình Lư", array(open311("GET", "requests/" + openId + ".json", client(), null)).getJsonObject(0)
                .getString("agency_responsible"));
    }

    @Test
    void civicAppsSubmitAndFollowThroughOpen311() throws Exception {
        String client = client();
        Reply services = open311("GET", "services.json?jurisdiction_id=03390", client, null);
        assertEquals(200, services.status(), services.body());
        JsonObject service = array(services).getValuesAs(JsonObject.class).stream().filter(o -> o.getString("service_code").equals("moi-truong"))
                .findFirst().orElseThrow();
        assertEquals(java.util.Set.of("service_code", "service_name", "description", "metadata", "type", "keywords", "group"), service.keySet());
        assertEquals("realtime", service.getString("type"));

        Reply bad = open311("POST", "requests.json", client, "jurisdiction_id=03390&description=" + enc("Thiếu lĩnh vực"));
        assertEquals(400, bad.status());
        assertEquals(java.util.Set.of("code", "description"), array(bad).getJsonObject(0).keySet());

        Reply created = open311("POST", "requests.json", client, "jurisdiction_id=03390&service_code=moi-truong&lat=22.39&long=103.45"
                + "&description=" + enc("Khói đốt rác ở bãi rác thôn Nà Cúng, gọi tôi 0912 999 888") + "&first_name=" + enc("Lò")
                + "&last_name=" + enc("Văn Sáng") + "&email=sang%40example.vn&consent=true");
        assertEquals(201, created.status(), created.body());
        JsonObject receipt = array(created).getJsonObject(0);
        String id = receipt.getString("service_request_id");
        String token = receipt.getString("token");

        Reply one = open311("GET", "requests/" + id + ".json", client, null);
        JsonObject request = array(one).getJsonObject(0);
        assertEquals(java.util.Set.of("service_request_id", "status", "status_notes", "service_name", "service_code", "description",
                "agency_responsible", "service_notice", "requested_datetime", "updated_datetime", "expected_datetime", "address",
                "address_id", "zipcode", "lat", "long", "media_url"), request.keySet(), "GeoReport v2's field names");
        assertEquals("open", request.getString("status"));
        assertEquals("Xã Bình Lư", request.getString("agency_responsible"));
        assertEquals(22.39, request.getJsonNumber("lat").doubleValue(), 1e-9);
        assertFalse(one.body().contains("0912 999 888") || one.body().contains("sang@example.vn") || one.body().contains("Văn Sáng"),
                "nothing personal: " + one.body());
        Reply xml = open311("GET", "requests/" + id + ".xml", client, null);
        assertTrue(xml.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(xml.body().getBytes(StandardCharsets.UTF_8)));
        assertEquals("service_requests", doc.getDocumentElement().getNodeName());
        assertEquals(id, doc.getElementsByTagName("service_request_id").item(0).getTextContent());
        assertEquals(1, array(open311("GET", "requests.json?service_request_id=" + id, client, null)).size());
        assertTrue(array(open311("GET", "requests.json?service_code=moi-truong&jurisdiction_id=03390&status=open", client, null)).toString()
                .contains("\"service_request_id\":\"" + id + "\""));
        assertEquals(400, open311("GET", "requests.json?status=maybe", client, null).status());

        // the commune answers; the app sees it in status_notes, the citizen closes it by the token
        long fid = Long.parseLong(id);
        assertEquals("OPEN311", Api.as("binhlu.canbo").get("feedback/" + fid).json().getString("channel"));
        assertEquals("Lò Văn Sáng", Api.as("binhlu.canbo").get("feedback/" + fid).json().getJsonObject("citizen").getString("name"));
        Api.as("binhlu.canbo").post("feedback/" + fid + "/accept", JsonValue.EMPTY_JSON_OBJECT);
        Api.as("binhlu.canbo").post("feedback/" + fid + "/draft", Json.createObjectBuilder().add("answer", "Xã đã nhắc các hộ không đốt rác.").build());
        Api.as("binhlu.lanhdao").post("feedback/" + fid + "/approve", JsonValue.EMPTY_JSON_OBJECT);
        assertTrue(array(open311("GET", "requests/" + id + ".json", client, null)).getJsonObject(0).getString("status_notes")
                .contains("Xã đã nhắc các hộ không đốt rác."));
        assertEquals(200, publicCall("POST", "/" + token + "/rating", client, Json.createObjectBuilder().add("satisfied", true).build()).status());
        assertEquals("closed", array(open311("GET", "requests/" + id + ".json", client, null)).getJsonObject(0).getString("status"));
        Reply history = open311("GET", "requests/" + id + "/history.json", client, null);
        assertEquals(200, history.status(), history.body());
        assertTrue(array(history).size() >= 4, history.body());
        assertEquals(404, open311("GET", "requests/999999999.json", client, null).status());
    }
}
