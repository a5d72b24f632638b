package vn.nguon.it;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.sim.Api;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The source library through the API, against the real database's full-text search: who sees what (own,
 * the units above that published for you; never a sibling's, a cousin's, a draft or a withdrawn item), the
 * steps and who may take them, search with and without diacritics, and the relay as a commune's bulletin.
 */
@ExtendWith(ArquillianExtension.class)
public class SourcesIT {

    /** A commune officer of Lai Châu's Sin Suối Hồ (03394), a sibling of Bình Lư, made in Keycloak for these tests. */
    static final String SIBLING = "sinsuoiho.canbo.it";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void aSiblingCommuneHasAnOfficer() {
        try (org.keycloak.admin.client.Keycloak k = vn.nguon.bench.KeycloakUsers.admin()) {
            vn.nguon.bench.KeycloakUsers.create(k.realm("nguon"), SIBLING, "03394",
                    k.realm("nguon").roles().get("commune-officer").toRepresentation());
        }
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    public static JsonObject item(String title, String field, String... targets) {
        return itemWithBody(title, "Hướng dẫn người dân " + title.toLowerCase(), field, targets);
    }

    static JsonObject itemWithBody(String title, String body, String field, String... targets) {
        JsonArrayBuilder t = Json.createArrayBuilder();
        for (String code : targets) {
            t.add(code);
        }
        return Json.createObjectBuilder().add("title", title).add("summary", "Tóm tắt: " + title).add("body", body)
                .add("field", field).add("tags", Json.createArrayBuilder().add("thử nghiệm"))
                .add("validFrom", today().toString()).add("validUntil", today().plusDays(30).toString())
                .add("targets", t).add("languages", Json.createArrayBuilder().add("vi")).build();
    }

    /** Writes, approves and publishes an item of {@code owner}'s province or ministry; returns its id. */
    static long published(String officer, String leader, JsonObject item) {
        Api.Reply created = Api.as(officer).post("sources", item);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        assertEquals(200, Api.as(leader).post("sources/" + id + "/approve", JsonObject.EMPTY_JSON_OBJECT).status());
        Api.Reply published = Api.as(officer).post("sources/" + id + "/publish", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals(200, published.status(), published.toString());
        assertEquals("PUBLISHED", published.json().getString("status"));
        return id;
    }

    static List<Long> found(String user, String query) {
        Api.Reply r = Api.as(user).get("sources?max=200&" + query);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream().map(o -> o.getJsonNumber("id").longValue()).toList();
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 6);
    }

    @Test
    void eachUnitSeesItsOwnAndWhatTheUnitsAboveItPublishedForIt() throws Exception {
        String tag = unique();
        long forProvince = published("laichau.canbo", "laichau.lanhdao", item("Lịch tiêm chủng " + tag, "y-te"));
        long forBinhLu = published("laichau.canbo", "laichau.lanhdao", item("Riêng Bình Lư " + tag, "khac", "03390"));
        long national = published("bo.canbo", "bo.lanhdao", item("Toàn quốc " + tag, "phap-luat"));
        long draft = Api.as("laichau.canbo").post("sources", item("Bản nháp " + tag, "khac")).json().getJsonNumber("id").longValue();

        assertEquals(List.of(forBinhLu, forProvince, national).stream().sorted().toList(),
                found("binhlu.canbo", "q=" + tag).stream().sorted().toList(), "Bình Lư: the province's two and the ministry's");
        assertEquals(List.of(forProvince, national).stream().sorted().toList(), found(SIBLING, "q=" + tag).stream().sorted().toList(),
                "a sibling commune: not the item for Bình Lư alone");
        assertEquals(List.of(national), found("sontayha.canbo", "q=" + tag), "a cousin in Quảng Ngãi: the ministry's only");
        assertEquals(List.of(national), found("quangngai.canbo", "q=" + tag), "another province: not Lai Châu's");
        assertTrue(found("laichau.canbo", "q=" + tag).containsAll(List.of(forProvince, forBinhLu, draft, national)), "its own, drafts too");

        // reading one item is scoped the same way
        assertEquals(200, Api.as("binhlu.canbo").get("sources/" + forBinhLu).status());
        assertEquals(403, Api.as(SIBLING).get("sources/" + forBinhLu).status(), "sibling");
        assertEquals(403, Api.as("sontayha.canbo").get("sources/" + forProvince).status(), "cousin");
        assertEquals(403, Api.as("binhlu.canbo").get("sources/" + draft).status(), "a draft of the province");
        assertEquals(403, Api.as("quangngai.canbo").get("sources/" + draft).status());

        // withdrawn: gone from below, kept for its owner with the reason
        Api.Reply noReason = Api.as("laichau.canbo").post("sources/" + forProvince + "/withdraw", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals(400, noReason.status(), noReason.toString());
        assertEquals("reasonRequired", noReason.json().getString("error"));
        Api.Reply withdrawn = Api.as("laichau.canbo").post("sources/" + forProvince + "/withdraw",
                Json.createObjectBuilder().add("reason", "Đã có lịch mới").build());
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
        assertEquals(403, Api.as("binhlu.canbo").get("sources/" + forProvince).status());
        assertFalse(found("binhlu.canbo", "q=" + tag).contains(forProvince));
        assertEquals("Đã có lịch mới", Api.as("laichau.canbo").get("sources/" + forProvince).json().getString("withdrawReason"));

        // each unit's public Atom feed (no sign-in) carries what the unit is shown, and nothing else
        String binhLu = feed("03390", 200);
        assertTrue(binhLu.contains("<title>Riêng Bình Lư " + tag + "</title>") && binhLu.contains("<title>Toàn quốc " + tag + "</title>"), binhLu);
        assertFalse(binhLu.contains("Lịch tiêm chủng " + tag), "withdrawn");
        assertFalse(binhLu.contains("Bản nháp " + tag), "a draft");
        assertTrue(binhLu.contains("<name>Tỉnh Lai Châu</name>"));
        String sibling = feed("03394", 200);
        assertFalse(sibling.contains("Riêng Bình Lư " + tag), "the item for Bình Lư alone");
        assertTrue(sibling.contains("Toàn quốc " + tag));
        assertFalse(feed("21343", 200).contains("Riêng Bình Lư " + tag), "a cousin");
        feed("99999", 404);
    }

    /** A unit's public Atom feed, fetched without a token; checked to be well-formed XML. */
    static String feed(String unit, int status) throws Exception {
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:8080/nguon/public/sources/feed?unit=" + unit)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertEquals(status, r.statusCode(), r.body());
        if (status == 200) {
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/atom+xml"));
            javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            assertEquals("feed", f.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(
                    r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8))).getDocumentElement().getLocalName());
        }
        return r.body();
    }

    @Test
    void onlyTheOwnersWritersWriteAndOnlyItsLeadersApprove() {
        Api.Reply byCommune = Api.as("binhlu.canbo").post("sources", item("Xã không viết", "khac"));
        assertEquals(403, byCommune.status(), byCommune.toString());
        long id = Api.as("laichau.canbo").post("sources", item("Cần duyệt " + unique(), "khac")).json().getJsonNumber("id").longValue();
        assertEquals(403, Api.as("laichau.canbo").post("sources/" + id + "/approve", JsonObject.EMPTY_JSON_OBJECT).status(), "an officer");
        assertEquals(403, Api.as("quangngai.lanhdao").post("sources/" + id + "/approve", JsonObject.EMPTY_JSON_OBJECT).status(), "another province");
        assertEquals(409, Api.as("laichau.canbo").post("sources/" + id + "/publish", JsonObject.EMPTY_JSON_OBJECT).status(), "not approved");
        Api.Reply bad = Api.as("laichau.canbo").post("sources", Json.createObjectBuilder().add("title", "").add("field", "khong-co")
                .add("validFrom", "06/12/2026").add("targets", Json.createArrayBuilder().add("21343")).build());
        assertEquals(422, bad.status(), bad.toString());
        Api.Reply badTargets = Api.as("laichau.canbo").post("sources", item("Sai đơn vị", "khong-co", "21343", "99999"));
        List<String> problems = badTargets.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field") + " " + v.getString("code")).toList();
        assertEquals(List.of("field notAllowed", "targets targetNotBelow", "targets unknownTarget"), problems);
        // an edit makes a new revision; an approved item edited needs approval again
        assertEquals(200, Api.as("laichau.lanhdao").post("sources/" + id + "/approve", JsonObject.EMPTY_JSON_OBJECT).status());
        JsonObject current = Api.as("laichau.canbo").get("sources/" + id).json();
        JsonObject edit = Json.createObjectBuilder(item("Cần duyệt lại", "khac")).add("version", current.getJsonNumber("version")).build();
        Api.Reply edited = Api.as("laichau.canbo").put("sources/" + id, edit);
        assertEquals(200, edited.status(), edited.toString());
        assertEquals("DRAFT", edited.json().getString("status"));
        assertEquals(2, edited.json().getInt("revision"));
        assertEquals(2, edited.json().getJsonArray("revisions").size());
        assertEquals(409, Api.as("laichau.canbo").put("sources/" + id, edit).status(), "the old version: stale");
    }

    @Test
    void searchFindsWordsWithOrWithoutDiacriticsRankedAndHighlighted() {
        String tag = unique();
        long storm = published("laichau.canbo", "laichau.lanhdao", itemWithBody("Phòng chống bão số 15 " + tag,
                "Các hộ dân chủ động phòng chống bão, gia cố nhà cửa, chằng chống mái tôn trước khi bão đổ bộ.", "thien-tai"));
        long coffee = published("bo.canbo", "bo.lanhdao", itemWithBody("Cà phê Đắk Lắk " + tag,
                "Kinh nghiệm trồng cà phê của nông dân Đắk Lắk, tiết kiệm nước tưới mùa khô.", "nong-nghiep"));
        long other = published("laichau.canbo", "laichau.lanhdao", itemWithBody("Tiêm chủng mở rộng " + tag,
                "Lịch tiêm chủng tại trạm y tế xã trong tháng.", "y-te"));

        for (String q : List.of("phong chong bao", "phòng chống bão", "PHONG CHONG BAO")) {
            List<Long> hits = found("binhlu.canbo", "q=" + enc(q + " " + tag));
            assertEquals(List.of(storm), hits, q);
        }
        assertEquals(List.of(coffee), found("binhlu.canbo", "q=" + enc("dak lak " + tag)));
        assertEquals(List.of(coffee), found("binhlu.canbo", "q=" + enc("Đắk Lắk " + tag)));
        JsonObject hit = Api.as("binhlu.canbo").get("sources?q=" + enc("dak lak " + tag)).json().getJsonArray("rows").getJsonObject(0);
        assertTrue(hit.getString("snippet").contains("⟦Đắk⟧ ⟦Lắk⟧"), "the original words marked: " + hit.getString("snippet"));
        // filters: field, tag, owner; and a title outranks a body
        assertEquals(List.of(other), found("binhlu.canbo", "field=y-te&q=" + tag));
        assertEquals(3, found("binhlu.canbo", "tag=" + enc("thử nghiệm") + "&q=" + tag).size());
        assertEquals(List.of(coffee), found("binhlu.canbo", "owner=BVHTTDL&q=" + tag));
        assertEquals(List.of(), found("binhlu.canbo", "from=" + today().plusDays(31) + "&q=" + tag), "none valid that late");
        assertEquals(422, Api.as("binhlu.canbo").get("sources?from=hom-qua").status());
        assertEquals(422, Api.as("binhlu.canbo").get("sources?field=khong-co").status());
    }

    @Test
    void aCommuneRelaysAnItemAsItsOwnDraftBulletinWithItsSource() {
        long id = published("laichau.canbo", "laichau.lanhdao", itemWithBody("Phòng chống rét cho trâu bò " + unique(),
                "Che chắn chuồng trại, dự trữ rơm khô, không thả trâu bò lên núi cao khi nhiệt độ dưới 12 độ C.", "nong-nghiep"));
        JsonObject seen = Api.as("binhlu.canbo").get("sources/" + id).json();
        assertTrue(seen.getJsonArray("actions").toString().contains("RELAY"), seen.toString());
        assertTrue(seen.getString("source").startsWith("Nguồn: Tỉnh Lai Châu, ngày "), seen.getString("source"));

        assertEquals(403, Api.as("binhlu.vanhanh").post("sources/" + id + "/relay", JsonObject.EMPTY_JSON_OBJECT).status(), "a device operator");
        assertEquals(403, Api.as("laichau.canbo").post("sources/" + id + "/relay", JsonObject.EMPTY_JSON_OBJECT).status(), "the province");
        Api.Reply relayed = Api.as("binhlu.canbo").post("sources/" + id + "/relay", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals(201, relayed.status(), relayed.toString());
        JsonObject b = relayed.json();
        assertEquals("DRAFT", b.getString("status"), "the commune's own approval follows");
        assertEquals("03390", b.getString("ownerUnit"));
        assertEquals("AGRICULTURE", b.getString("category"), "the field's bulletin category");
        assertEquals(id, b.getJsonNumber("sourceItemId").longValue());
        assertTrue(b.getString("sourceNote").startsWith("Nguồn: Tỉnh Lai Châu, ngày "), b.toString());
        assertTrue(b.getJsonArray("versions").getJsonObject(0).getString("text").contains("rơm khô"));
        // it is the commune's bulletin now: it submits it like any other
        Api.Reply submitted = Api.as("binhlu.canbo").post("bulletins/" + b.getJsonNumber("id") + "/submit", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals(200, submitted.status(), submitted.toString());
        assertEquals("Nguồn: Tỉnh Lai Châu", Api.as("binhlu.lanhdao").get("bulletins/" + b.getJsonNumber("id")).json()
                .getString("sourceNote").substring(0, 20));
        // a withdrawn item is relayed no more
        Api.as("laichau.canbo").post("sources/" + id + "/withdraw", Json.createObjectBuilder().add("reason", "Hết rét").build());
        assertEquals(403, Api.as("binhlu.canbo").post("sources/" + id + "/relay", JsonObject.EMPTY_JSON_OBJECT).status());
    }

    static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A loudspeaker of Bình Lư in {@code village}, with its credentials. */
    static String[] loudspeaker(String village) {
        Api.Reply r = Api.as("binhlu.vanhanh").post("devices", Json.createObjectBuilder().add("commune", "03390").add("type", "cum_loa")
                .add("name", "Cụm loa " + village + " " + unique()).add("village", village).add("transport", "4g").build());
        assertEquals(201, r.status(), r.toString());
        String id = r.json().getString("id");
        return new String[]{id, Bulletins.secret(id)};
    }

    /** Bình Lư relays the item, schedules its relay for now, and its leader approves it: it plays at once. */
    static long relayNow(long item) {
        Api.Reply relayed = Api.as("binhlu.canbo").post("sources/" + item + "/relay", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals(201, relayed.status(), relayed.toString());
        long bulletin = relayed.json().getJsonNumber("id").longValue();
        java.time.Instant now = java.time.Instant.now();
        Api.Reply scheduled = Api.as("binhlu.canbo").put("bulletins/" + bulletin, Bulletins.bulletin(relayed.json().getString("title"),
                "NORMAL", now, now.plusSeconds(3600), Json.createArrayBuilder().add(Bulletins.target("UNIT", "03390")))
                .add("version", relayed.json().getJsonNumber("version")).build());
        assertEquals(200, scheduled.status(), scheduled.toString());
        assertEquals(200, Api.as("binhlu.canbo").post("bulletins/" + bulletin + "/submit", JsonObject.EMPTY_JSON_OBJECT).status());
        assertEquals(200, Api.as("binhlu.lanhdao").post("bulletins/" + bulletin + "/approve", JsonObject.EMPTY_JSON_OBJECT).status());
        return bulletin;
    }

    static JsonObject row(JsonObject board, String commune) {
        return board.getJsonArray("rows").getValuesAs(JsonObject.class).stream().filter(r -> r.getString("commune").equals(commune))
                .findFirst().orElseThrow(() -> new AssertionError(commune + " in " + board));
    }

    static java.sql.Connection db() throws java.sql.SQLException {
        return java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + System.getProperty("nguon.db.port", "55432")
                + "/nguon", "nguon", "nguon");
    }

    static List<String> inbox(String user) {
        Api.Reply r = Api.as(user).get("inbox?max=200");
        assertEquals(200, r.status(), r.toString());
        return r.body().asJsonArray().getValuesAs(JsonObject.class).stream()
                .map(e -> (!e.containsKey("code") || e.isNull("code") ? "" : e.getString("code")) + " " + e.getJsonArray("args")).toList();
    }

    @Test
    void aMandatoryRelayIsCountedFromTheLoudspeakersAcknowledgementsToTheLastCommune() throws Exception {
        String title = "Yêu cầu phát: phòng chống rét " + unique();
        long item = published("laichau.canbo", "laichau.lanhdao", item(title, "nong-nghiep", "03390", "03394"));
        // a requirement is checked, and only the owner's writers set it
        Api.Reply bad = Api.as("laichau.canbo").put("sources/" + item + "/requirement", Json.createObjectBuilder()
                .add("minPlays", 0).add("from", today().toString()).add("to", today().minusDays(1).toString()).build());
        assertEquals(422, bad.status(), bad.toString());
        JsonObject ask = Json.createObjectBuilder().add("minPlays", 2).add("from", today().toString())
                .add("to", today().plusDays(1).toString()).build();
        assertEquals(403, Api.as("binhlu.canbo").put("sources/" + item + "/requirement", ask).status());
        assertEquals(403, Api.as("quangngai.canbo").put("sources/" + item + "/requirement", ask).status());
        Api.Reply required = Api.as("laichau.canbo").put("sources/" + item + "/requirement", ask);
        assertEquals(200, required.status(), required.toString());
        assertEquals(List.of("03390", "03394"), required.json().getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .map(r -> r.getString("commune")).sorted().toList(), "the two communes it is for, no other of Lai Châu");
        assertEquals("NOT_YET", row(required.json(), "03390").getString("state"));

        // Sin Suối Hồ does nothing: before the last day its inbox is reminded (the round runs every 3 s in tests)
        Bulletins.await("Sin Suối Hồ reminded", 20, () -> inbox(SIBLING).stream().anyMatch(e -> e.startsWith("source.reminder") && e.contains(title)));

        // Bình Lư relays it twice; two loudspeakers play each: 2 broadcasts, on 2 devices, in 2 villages
        java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newScheduledThreadPool(2);
        String[] a = loudspeaker("Bản Thẳm");
        String[] b = loudspeaker("Nà Cúng");
        vn.nguon.sim.SimDevice first = vn.nguon.sim.SimDevice.of(a[0], a[1], 30, 300, timer);
        vn.nguon.sim.SimDevice second = vn.nguon.sim.SimDevice.of(b[0], b[1], 30, 300, timer);
        Thread.sleep(800);
        first.connect();
        second.connect();
        try {
            long one = relayNow(item);
            Bulletins.await("the first relay played on both", 40,
                    () -> "DONE".equals(Bulletins.state(one, a[0])) && "DONE".equals(Bulletins.state(one, b[0])));
            JsonObject half = Api.as("laichau.canbo").get("sources/" + item + "/relays").json();
            assertEquals(1, row(half, "03390").getInt("plays"), "one broadcast heard on two loudspeakers is one play");
            assertEquals("NOT_YET", row(half, "03390").getString("state"), "played once, nothing more scheduled: " + row(half, "03390"));
            long two = relayNow(item);
            Bulletins.await("the second relay played on both", 40,
                    () -> "DONE".equals(Bulletins.state(two, a[0])) && "DONE".equals(Bulletins.state(two, b[0])));
        } finally {
            first.stop();
            second.stop();
            timer.shutdownNow();
        }
        JsonObject board = Api.as("laichau.canbo").get("sources/" + item + "/relays").json();
        JsonObject binhLu = row(board, "03390");
        assertEquals("DONE", binhLu.getString("state"), binhLu.toString());
        assertEquals(2, binhLu.getInt("plays"));
        assertEquals(2, binhLu.getInt("devices"));
        assertEquals(2, binhLu.getInt("villages"));
        assertEquals("NOT_YET", row(board, "03394").getString("state"));
        assertEquals(1, board.getJsonObject("totals").getInt("DONE"));
        assertEquals(1, board.getInt("communesRelayed"));
        // the share of Bình Lư's airtime that relayed source content, from the same acknowledgements
        JsonObject airtime = Api.as("laichau.canbo").get("sources/airtime?days=7").body().asJsonArray().getValuesAs(JsonObject.class)
                .stream().filter(r -> r.getString("commune").equals("03390")).findFirst().orElseThrow();
        double source = airtime.getJsonNumber("sourceSeconds").doubleValue();
        double total = airtime.getJsonNumber("totalSeconds").doubleValue();
        assertTrue(source > 0 && total >= source, airtime.toString());
        assertEquals(Math.round(100 * source / total), airtime.getInt("percent"), airtime.toString());
        assertTrue(Api.as("sontayha.canbo").get("sources/airtime").body().asJsonArray().getValuesAs(JsonObject.class).stream()
                .noneMatch(r -> r.getString("commune").equals("03390")), "another province's commune sees its own only");
        assertEquals(422, Api.as("laichau.canbo").get("sources/airtime?days=400").status());
        // as far back as the broadcast log reaches (its retention, 90 days by default), and not a day further
        assertEquals(200, Api.as("laichau.canbo").get("sources/airtime?days=90").status());
        Api.Reply tooFar = Api.as("laichau.canbo").get("sources/airtime?days=91");
        assertEquals(422, tooFar.status());
        assertTrue(tooFar.toString().contains("90"), "the limit is named: " + tooFar);

        // who sees the board: the province and the ministry all of it, Bình Lư its own row, another province nothing
        assertEquals(2, Api.as("bo.canbo").get("sources/" + item + "/relays").json().getJsonArray("rows").size());
        assertEquals(List.of("03390"), Api.as("binhlu.canbo").get("sources/" + item + "/relays").json().getJsonArray("rows")
                .getValuesAs(JsonObject.class).stream().map(r -> r.getString("commune")).toList());
        assertEquals(403, Api.as("quangngai.canbo").get("sources/" + item + "/relays").status());

        // the board as a workbook
        Api.Reply xlsx = Api.as("laichau.canbo").getBytes("sources/" + item + "/relays.xlsx");
        assertEquals(200, xlsx.status());
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(xlsx.bytes()))) {
            String sheet = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(wb).getText();
            assertTrue(sheet.contains("Xã Bình Lư") && sheet.contains("Đã phát đủ") && sheet.contains("Chưa phát"), sheet);
        }

        // time moves on (in the database): the window ended five days ago — Bình Lư's plays still count, Sin Suối Hồ is late
        try (java.sql.Connection db = db()) {
            db.createStatement().executeUpdate("update source_requirement set from_date = from_date - 6, to_date = to_date - 6 where item_id = " + item);
            db.createStatement().executeUpdate("update delivery set slot_at = slot_at - interval '6 days', ended_at = ended_at - interval '6 days' "
                    + "where bulletin_id in (select id from bulletin where source_item_id = " + item + ")");
        }
        JsonObject after = Api.as("laichau.canbo").get("sources/" + item + "/relays").json();
        assertEquals("DONE", row(after, "03390").getString("state"));
        assertEquals("LATE", row(after, "03394").getString("state"));
        Bulletins.await("Lai Châu told of the late commune", 20,
                () -> inbox("laichau.canbo").stream().anyMatch(e -> e.startsWith("source.late") && e.contains(title) && e.contains("\"1\"")));
    }

    // ---- attachments: audio, languages, e-boards, documents

    static byte[] png(int w, int h) throws java.io.IOException {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0x2255AA);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\n"
            + "trailer <</Root 1 0 R>>\n%%EOF\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    static long uploaded(String user, String kind, String name, String type, byte[] data) {
        Api.Reply r = Api.as(user).postBytes("sources/files?kind=" + kind + "&name=" + enc(name), type, data);
        assertEquals(201, r.status(), r.toString());
        assertEquals(kind, r.json().getString("kind"));
        return r.json().getJsonNumber("id").longValue();
    }

    static String problem(Api.Reply r) {
        return r.json().getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field") + " " + v.getString("code")).toList().toString();
    }

    /** A GET without any login, as a device or a browser following a signed link. */
    static java.net.http.HttpResponse<byte[]> open(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:8080/nguon" + path)).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void anItemCarriesItsAudioLanguagesBoardAndDocumentsIntoTheRelayAndTheBoardsShowIt() throws Exception {
        // the province's files: ready-to-air audio (checked as a bulletin's), a picture for the boards, a PDF
        Api.Reply audio = Api.as("laichau.canbo").postBytes("media?name=ret-dam.wav", "audio/wav", Bulletins.wav(2500));
        assertEquals(201, audio.status(), audio.toString());
        long media = audio.json().getJsonNumber("id").longValue();
        long image = uploaded("laichau.canbo", "IMAGE", "rét đậm.png", "image/png", png(2400, 1200));
        long pdf = uploaded("laichau.canbo", "PDF", "Công văn 123-UBND.pdf", "application/pdf", PDF);
        JsonObject imageInfo = Api.as("laichau.canbo").postBytes("sources/files?kind=IMAGE", "image/png", png(100, 50)).json();
        assertEquals(100, imageInfo.getInt("width"));

        // what is not what it says is refused by name, and only the library's writers store files
        assertEquals("[file notPdf]", problem(Api.as("laichau.canbo").postBytes("sources/files?kind=PDF", "application/pdf", png(10, 10))));
        assertEquals("[file notImage]", problem(Api.as("laichau.canbo").postBytes("sources/files?kind=IMAGE", "image/png",
                "<svg onload=alert(1)/>".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertEquals("[kind notAllowed]", problem(Api.as("laichau.canbo").postBytes("sources/files?kind=EXE", "image/png", png(10, 10))));
        assertEquals(403, Api.as("binhlu.canbo").postBytes("sources/files?kind=PDF", "application/pdf", PDF).status());
        long communeMedia = Bulletins.upload(Bulletins.wav(1500)).json().getJsonNumber("id").longValue();

        JsonObject base = itemWithBody("Rét đậm, rét hại " + unique(), "Che chắn chuồng trại, giữ ấm cho trẻ nhỏ và người già.", "nong-nghiep");
        java.util.function.Function<JsonObject, JsonObject> with = extra -> {
            jakarta.json.JsonObjectBuilder b = Json.createObjectBuilder(base);
            extra.forEach(b::add);
            return b.build();
        };
        JsonObject attachments = Json.createObjectBuilder()
                .add("languages", Json.createArrayBuilder().add("vi").add("hmn"))
                .add("versions", Json.createArrayBuilder()
                        .add(Json.createObjectBuilder().add("language", "vi").add("text", "Bà con chú ý giữ ấm cho trâu bò.").add("mediaId", media))
                        .add(Json.createObjectBuilder().add("language", "hmn").add("text", "Cov neeg yug nyuj, thov ceev faj.")
                                .add("playsIn", Json.createArrayBuilder().add("03394"))))
                .add("boardText", "Rét đậm: che chắn chuồng trại, giữ ấm trâu bò")
                .add("boardImageId", image)
                .add("documentIds", Json.createArrayBuilder().add(pdf)).build();
        // another unit's audio, a PDF as the picture and a picture as a document are refused, each by its field
        Api.Reply wrong = Api.as("laichau.canbo").post("sources", with.apply(Json.createObjectBuilder(attachments)
                .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "vi").add("text", "x").add("mediaId", communeMedia)))
                .add("boardImageId", pdf).add("documentIds", Json.createArrayBuilder().add(image)).build()));
        assertEquals(422, wrong.status(), wrong.toString());
        assertEquals("[versions[0].mediaId unknownMedia, boardImageId unknownImage, documentIds unknownDocument]", problem(wrong));

        Api.Reply created = Api.as("laichau.canbo").post("sources", with.apply(attachments));
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        assertTrue(created.json().getJsonArray("revisions").getJsonObject(0).getString("attachments")
                .contains("vi: text, audio " + media), created.toString());
        assertEquals(200, Api.as("laichau.lanhdao").post("sources/" + id + "/approve", JsonObject.EMPTY_JSON_OBJECT).status());
        assertEquals(200, Api.as("laichau.canbo").post("sources/" + id + "/publish", JsonObject.EMPTY_JSON_OBJECT).status());

        // a commune that sees the item sees its attachments and opens them; another province does not
        JsonObject seen = Api.as("binhlu.canbo").get("sources/" + id).json();
        assertEquals("UPLOAD", seen.getJsonArray("versions").getJsonObject(0).getString("mediaSource"));
        assertEquals(2500, seen.getJsonArray("versions").getJsonObject(0).getJsonNumber("durationMs").longValue(), 50);
        String docLink = seen.getJsonArray("documents").getJsonObject(0).getString("link");
        assertEquals("Công văn 123-UBND.pdf", seen.getJsonArray("documents").getJsonObject(0).getJsonObject("file").getString("fileName"));
        Api.Reply doc = Api.as("binhlu.canbo").getBytes("sources/" + id + "/files/" + pdf);
        assertEquals(200, doc.status());
        assertTrue(java.util.Arrays.equals(PDF, doc.bytes()));
        assertEquals(403, Api.as("quangngai.canbo").getBytes("sources/" + id + "/files/" + pdf).status());
        assertEquals(403, Api.as("binhlu.canbo").getBytes("sources/" + id + "/files/" + imageInfo.getJsonNumber("id")).status(),
                "a file that is not this item's");
        java.net.http.HttpResponse<byte[]> signed = open(docLink);
        assertEquals(200, signed.statusCode());
        assertEquals("application/pdf", signed.headers().firstValue("Content-Type").orElse(""));
        assertEquals(403, open(docLink.replaceAll("sig=.", "sig=0")).statusCode(), "a forged signature");
        java.net.http.HttpResponse<byte[]> picture = open(seen.getJsonObject("boardImage").getString("link"));
        java.awt.image.BufferedImage shown = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(picture.body()));
        assertEquals(1920, shown.getWidth(), "scaled down for a full-HD board");
        java.net.http.HttpResponse<byte[]> listen = open(seen.getJsonArray("versions").getJsonObject(0).getString("listen"));
        assertEquals(200, listen.statusCode());

        // Sin Suối Hồ's relay carries the Hmong version meant for it; Bình Lư's does not
        Api.Reply sibling = Api.as(SIBLING).post("sources/" + id + "/relay", JsonObject.EMPTY_JSON_OBJECT);
        assertEquals(201, sibling.status(), sibling.toString());
        assertEquals(List.of("hmn", "vi"), sibling.json().getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("language")).sorted().toList());
        assertEquals(List.of("03394"), sibling.json().getJsonArray("versions").getValuesAs(JsonObject.class).stream()
                .filter(v -> v.getString("language").equals("hmn")).findFirst().orElseThrow().getJsonArray("playsIn")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());

        // Bình Lư relays it with its audio and board: the loudspeaker is told to PLAY the audio, the e-board to DISPLAY
        String[] speaker = loudspeaker("Bản Thẳm");
        Api.Reply eb = Api.as("binhlu.vanhanh").post("devices", Json.createObjectBuilder().add("commune", "03390").add("type", "bang_tin")
                .add("name", "Bảng tin UBND xã " + unique()).add("village", "Trung tâm xã").add("transport", "co_dinh").build());
        assertEquals(201, eb.status(), eb.toString());
        String board = eb.json().getString("id");
        java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newScheduledThreadPool(2);
        vn.nguon.sim.SimDevice loud = vn.nguon.sim.SimDevice.of(speaker[0], speaker[1], 30, 300, timer);
        vn.nguon.sim.SimDevice eboard = vn.nguon.sim.SimDevice.of(board, Bulletins.secret(board), 30, 300, timer);
        Thread.sleep(800);
        loud.connect();
        eboard.connect();
        try {
            Api.Reply relayed = Api.as("binhlu.canbo").post("sources/" + id + "/relay", JsonObject.EMPTY_JSON_OBJECT);
            assertEquals(201, relayed.status(), relayed.toString());
            JsonObject r = relayed.json();
            assertEquals(List.of("vi"), r.getJsonArray("versions").getValuesAs(JsonObject.class).stream().map(v -> v.getString("language")).toList());
            assertEquals(media, r.getJsonArray("versions").getJsonObject(0).getJsonNumber("mediaId").longValue(), "the item's audio, shared");
            assertEquals("Rét đậm: che chắn chuồng trại, giữ ấm trâu bò", r.getJsonObject("board").getString("text"));
            long bulletin = r.getJsonNumber("id").longValue();
            java.time.Instant now = java.time.Instant.now();
            // the commune schedules it for now, keeping what the relay brought (the page's form does the same)
            Api.Reply scheduled = Api.as("binhlu.canbo").put("bulletins/" + bulletin, Json.createObjectBuilder()
                    .add("kind", "BULLETIN").add("title", r.getString("title")).add("category", r.getString("category")).add("priority", "NORMAL")
                    .add("versions", r.getJsonArray("versions"))
                    .add("targets", Json.createArrayBuilder().add(Bulletins.target("UNIT", "03390")))
                    .add("startsAt", Bulletins.time(now)).add("expiresAt", Bulletins.time(now.plusSeconds(3600)))
                    .add("board", r.getJsonObject("board")).add("version", r.getJsonNumber("version")).build());
            assertEquals(200, scheduled.status(), scheduled.toString());
            assertEquals(200, Api.as("binhlu.canbo").post("bulletins/" + bulletin + "/submit", JsonObject.EMPTY_JSON_OBJECT).status());
            assertEquals(200, Api.as("binhlu.lanhdao").post("bulletins/" + bulletin + "/approve", JsonObject.EMPTY_JSON_OBJECT).status());
            Bulletins.await("the loudspeaker played, the board shows it", 40,
                    () -> "DONE".equals(Bulletins.state(bulletin, speaker[0])) && "PLAYING".equals(Bulletins.state(bulletin, board)));
            JsonObject play = loud.commands("PLAY").stream().filter(c -> c.getJsonNumber("bulletinId").longValue() == bulletin).findFirst().orElseThrow();
            assertTrue(play.getString("audioUrl").contains("/media/" + media + "?"), play.toString());
            assertFalse(play.containsKey("board"), "a loudspeaker is not sent the board");
            assertTrue(eboard.commands("PLAY").stream().noneMatch(c -> c.getJsonNumber("bulletinId").longValue() == bulletin));
            vn.nguon.sim.SimDevice.Shown now2 = eboard.showing();
            assertEquals("Rét đậm: che chắn chuồng trại, giữ ấm trâu bò", now2.text());
            assertEquals(bulletin, now2.bulletinId());
            assertEquals(picture.body().length, now2.pictureBytes(), "the board fetched the picture by its signed link and checked it");
        } finally {
            loud.stop();
            eboard.stop();
            timer.shutdownNow();
        }
    }
}
