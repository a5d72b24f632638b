package vn.nguon.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.sim.Api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The citizens' portal without sign-in: the national page, a province's, a commune's — alerts in effect, bulletins,
 * the week's schedule, programmes played to listen again, published answers and the commune's figures — only
 * what was approved for the public; pages cached by ETag; the CAP Atom feed and CAP documents.
 */
@ExtendWith(ArquillianExtension.class)
public class PortalIT {

    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String PORTAL = "http://localhost:8080/nguon/public/portal/";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static HttpResponse<String> get(String path, String etag) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(PORTAL + path));
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Where two answers differ, to tell why an ETag changed. */
    static String difference(String a, String b) {
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        return "…" + a.substring(Math.max(0, i - 80), Math.min(a.length(), i + 80)) + "… / …"
                + b.substring(Math.max(0, i - 80), Math.min(b.length(), i + 80)) + "…";
    }

    @Test
    void aCommunesPageShowsWhatWasApprovedForThePublicAndNothingElse() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        Instant now = Instant.now();
        // an emergency alert of Lai Châu approved now, a bulletin of Bình Lư approved, one left a draft
        Api.Reply alert = Api.as("laichau.canbo").post("bulletins", Json.createObjectBuilder().add("kind", "ALERT").add("title", "Lũ quét " + tag)
                .add("category", "DISASTER").add("priority", "EMERGENCY")
                .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "vi").add("text", "Sơ tán khỏi ven suối ngay.")))
                .add("targets", Json.createArrayBuilder().add(Bulletins.target("UNIT", "12"))).add("startsAt", Bulletins.time(now))
                .add("expiresAt", Bulletins.time(now.plusSeconds(7200)))
                .add("alert", Json.createObjectBuilder().add("event", "Lũ quét").add("severity", "Severe").add("urgency", "Immediate")
                        .add("certainty", "Likely").add("area", "Tỉnh Lai Châu").add("instruction", "Sơ tán")).build());
        assertEquals(201, alert.status(), alert.toString());
        long alertId = alert.json().getJsonNumber("id").longValue();
        Api.as("laichau.canbo").post("bulletins/" + alertId + "/submit", JsonValue.EMPTY_JSON_OBJECT);
        Api.Reply approved = Api.as("laichau.lanhdao").post("bulletins/" + alertId + "/approve", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, approved.status(), approved.toString());
        long bulletin = Bulletins.approved(Bulletins.bulletin("Lịch tiêm chủng " + tag, "NORMAL", now.plusSeconds(3600),
                now.plusSeconds(7200), Json.createArrayBuilder().add(Bulletins.target("UNIT", "03390"))));
        Api.Reply draft = Api.as("binhlu.canbo").post("bulletins", Bulletins.bulletin("Bản nháp nội bộ " + tag, "NORMAL", now.plusSeconds(3600),
                now.plusSeconds(7200), Json.createArrayBuilder().add(Bulletins.target("UNIT", "03390"))).build());
        assertEquals(201, draft.status());

        assertTrue(get("index.xhtml", null).body().contains("Tỉnh Lai Châu"));
        String province = get("unit.xhtml?unit=12&t=" + tag, null).body();
        assertTrue(province.contains("Xã Bình Lư") && province.contains("Lũ quét " + tag), "the province lists its communes and the alert");

        // each address is rendered once per 30 s and replayed (a surge costs one render): this test asks fresh ones
        String url = "unit.xhtml?unit=03390&t=" + tag;
        HttpResponse<String> page = get(url, null);
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("Lũ quét " + tag) && html.contains("Sơ tán khỏi ven suối ngay."), "the alert in effect");
        assertTrue(html.contains("Lịch tiêm chủng " + tag), "the approved bulletin");
        assertTrue(html.indexOf("Lũ quét " + tag) < html.indexOf("Lịch tiêm chủng " + tag), "the alert first");
        assertFalse(html.contains("Bản nháp nội bộ " + tag), "never a draft");
        assertTrue(html.substring(html.indexOf("id=\"week\"")).contains("Lịch tiêm chủng " + tag), "in the week's schedule");
        assertFalse(html.contains("binhlu.canbo") || html.contains("D-03390"), "no user or device shown");

        // cached: an ETag and Cache-Control; the same page asked again with it is 304, without a body
        String etag = page.headers().firstValue("ETag").orElseThrow();
        assertEquals("public, max-age=30", page.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> again = get(url, etag);
        assertEquals(304, again.statusCode(), () -> "the page did not change: " + difference(html, again.body()));
        assertEquals("", again.body());
        assertEquals(page.body(), get(url, null).body(), "replayed as rendered, its script nonce included");
        assertEquals(200, get(url + "&lang=en", etag).statusCode(), "another language is another page");
        assertTrue(get(url + "&lang=en", null).body().contains("Emergency alerts in effect"));
        assertTrue(get("unit.xhtml?unit=khong-co", null).body().contains("Không tìm thấy đơn vị"));

        // the CAP feed of Lai Châu, and the alert's CAP document; a bulletin has none
        String atom = get("alerts.atom?unit=12&t=" + tag, null).body();
        assertTrue(atom.contains("urn:nguon:alert:" + alertId) && atom.contains("cap?id=" + alertId), atom);
        HttpResponse<String> cap = get("cap?id=" + alertId, null);
        assertEquals(200, cap.statusCode());
        assertTrue(cap.body().contains("urn:oasis:names:tc:emergency:cap:1.2") && cap.body().contains("Lũ quét"), cap.body());
        assertEquals(404, get("cap?id=" + bulletin, null).statusCode());
        assertEquals(404, get("alerts.atom?unit=xyz", null).statusCode());
    }

    @Test
    void playedProgrammesCanBeHeardAgainAndAnswersArePublishedWithTheCommunesFigures() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 5);
        String device = Bulletins.register("Cụm loa cổng thông tin " + tag);
        java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newScheduledThreadPool(1);
        vn.nguon.sim.SimDevice speaker = vn.nguon.sim.SimDevice.of(device, Bulletins.secret(device), 20, 200, timer);
        Thread.sleep(800);
        speaker.connect();
        long played;
        try {
            Api.Reply audio = Bulletins.upload(Bulletins.wav(1500));
            Instant now = Instant.now();
            played = Bulletins.approved(Json.createObjectBuilder(Bulletins.bulletin("Chương trình phát thanh sáng " + tag, "NORMAL", now,
                    now.plusSeconds(3600), Json.createArrayBuilder().add(Bulletins.target("DEVICE", device))).build())
                    .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "vi").add("text", "Bản tin sáng.")
                            .add("mediaId", audio.json().getJsonNumber("id")))));
            Bulletins.await("played", 40, () -> "DONE".equals(Bulletins.state(played, device)));
        } finally {
            speaker.stop();
            timer.shutdownNow();
        }
        String html = get("unit.xhtml?unit=03390&q=" + java.net.URLEncoder.encode("phat thanh sang " + tag, "UTF-8"), null).body();
        String archive = html.substring(html.indexOf("id=\"played\""));
        assertTrue(archive.contains("Chương trình phát thanh sáng " + tag), "found without diacritics in the archive");
        java.util.regex.Matcher audio = java.util.regex.Pattern.compile("src=\"(/nguon/media/[^\"]+)\"").matcher(archive);
        assertTrue(audio.find(), "with its audio");
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8080" + audio.group(1).replace("&amp;", "&"))).build(),
                HttpResponse.BodyHandlers.ofByteArray()).statusCode());
        assertFalse(get("unit.xhtml?unit=03390&topic=HEALTH&q=" + tag, null).body().contains("Chương trình phát thanh sáng " + tag),
                "another topic");

        // an answered feedback item is published on the commune's page, the citizen's phone masked
        String code = Api.as("binhlu.canbo").post("feedback", Json.createObjectBuilder().add("channel", "IN_PERSON").add("category", "ha-tang")
                .add("title", "Cầu treo bản Thẳm hỏng " + tag).add("text", "Ván cầu gãy, liên hệ tôi 0912 777 666.").build()).json().getString("code");
        long id = Api.as("binhlu.canbo").get("feedback?q=" + code).json().getJsonArray("rows").getJsonObject(0).getJsonNumber("id").longValue();
        Api.as("binhlu.canbo").post("feedback/" + id + "/accept", JsonValue.EMPTY_JSON_OBJECT);
        Api.as("binhlu.canbo").post("feedback/" + id + "/draft", Json.createObjectBuilder().add("answer", "Xã đã thay ván cầu " + tag + ".").build());
        Api.as("binhlu.lanhdao").post("feedback/" + id + "/approve", JsonValue.EMPTY_JSON_OBJECT);
        String answers = get("unit.xhtml?unit=03390&t=" + tag, null).body();
        answers = answers.substring(answers.indexOf("id=\"answers\""));
        assertTrue(answers.contains("Xã đã thay ván cầu " + tag + "."), answers);
        assertFalse(answers.contains("0912 777 666"), "personal data masked");
        assertTrue(answers.contains("tiếp nhận") && answers.contains("đúng hạn"), "the commune's figures");
    }
}
