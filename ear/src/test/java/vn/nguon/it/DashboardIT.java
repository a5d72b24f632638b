package vn.nguon.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.sim.Api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboards through the API: the figures of Cà Mau (where no other test reports) from three accepted reports
 * written into the database — a commune, a commune, a ward — and two registered loudspeaker clusters; the same
 * figure on the province's own dashboard and on its row of the national one; partial data said, no data not 0;
 * reported and registered clusters compared; who may see which unit.
 */
@ExtendWith(ArquillianExtension.class)
public class DashboardIT {

    static final String PROVINCE = "96";
    static final String HONG_DAN = "31843", NINH_QUOI = "31849", BAC_LIEU = "31825"; // two communes and a ward of Cà Mau

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static Map<String, String> values(String station, String ip, int villages, int covered, int ipClusters, String web, int boards, int trained) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("PL01.co_dai.sau", station);
        v.put("PL01.dai_ung_dung.sau", ip);
        v.put("PL01.thon.sau", String.valueOf(villages));
        v.put("PL01.thon_co_loa.sau", String.valueOf(covered));
        v.put("PL01.cum_loa_ip.sau", String.valueOf(ipClusters));
        v.put("PL01.cum_loa.sau", String.valueOf(ipClusters + 5));
        v.put("PL02.co_trang_ttdt.sau", web);
        v.put("PL02.bang_tin.sau", String.valueOf(boards));
        v.put("PL03.ty_le_dao_tao.gt", String.valueOf(trained));
        return v;
    }

    @BeforeAll
    public static void threeAcceptedReportsAndTwoClusters() throws Exception {
        try (Connection db = SourcesIT.db()) {
            if (db.createStatement().executeQuery("select 1 from reporting_period where name = 'Kỳ thử bảng mục tiêu (Cà Mau)'").next()) {
                // seeded by an earlier test on the same database: the online cluster seen again (offline detection turns silent ones off)
                db.createStatement().executeUpdate("update device set online = true, last_seen_at = now() where id = 'dash-it-1'");
                return;
            }
            var id = db.createStatement().executeQuery("select nextval('reporting_period_seq')");
            id.next();
            long period = id.getLong(1);
            db.createStatement().executeUpdate("""
                    insert into reporting_period (id, name, template_code, template_version, cutoff_date, due_commune, due_province,
                                                  due_ministry, status, opened_by, opened_at, closed_at, version)
                    values (%d, 'Kỳ thử bảng mục tiêu (Cà Mau)', 'TTCS-2021-2025', 1, date '2025-09-30', date '2025-10-10',
                            date '2025-10-20', date '2025-10-30', 'CLOSED', 'it', now(), now(), 0)""".formatted(period));
            Map<String, Map<String, String>> reports = Map.of(
                    HONG_DAN, values("có", "có", 10, 10, 3, "có", 1, 100),
                    NINH_QUOI, values("có", "không", 8, 6, 0, "không", 0, 50),
                    BAC_LIEU, values("có", "có", 4, 4, 4, "có", 2, 90));
            for (var e : reports.entrySet()) {
                var rid = db.createStatement().executeQuery("select nextval('report_seq')");
                rid.next();
                long report = rid.getLong(1);
                db.createStatement().executeUpdate("""
                        insert into report (id, period_id, unit_code, status, revision, updated_by, updated_at, version)
                        values (%d, %d, '%s', 'ACCEPTED', 1, 'it', now(), 0)""".formatted(report, period, e.getKey()));
                try (PreparedStatement p = db.prepareStatement("insert into report_value (report_id, field_key, value) values (?, ?, ?)")) {
                    for (var v : e.getValue().entrySet()) {
                        p.setLong(1, report);
                        p.setString(2, v.getKey());
                        p.setString(3, v.getValue());
                        p.addBatch();
                    }
                    p.executeBatch();
                }
            }
            // a year before, Hồng Dân alone reported, without a web page yet
            var older = db.createStatement().executeQuery("select nextval('reporting_period_seq'), nextval('report_seq')");
            older.next();
            db.createStatement().executeUpdate("""
                    insert into reporting_period (id, name, template_code, template_version, cutoff_date, due_commune, due_province,
                                                  due_ministry, status, opened_by, opened_at, closed_at, version)
                    values (%d, 'Kỳ thử bảng mục tiêu (Cà Mau, 2024)', 'TTCS-2021-2025', 1, date '2024-09-30', date '2024-10-10',
                            date '2024-10-20', date '2024-10-30', 'CLOSED', 'it', now(), now(), 0)""".formatted(older.getLong(1)));
            db.createStatement().executeUpdate("""
                    insert into report (id, period_id, unit_code, status, revision, updated_by, updated_at, version)
                    values (%d, %d, '%s', 'ACCEPTED', 1, 'it', now(), 0)""".formatted(older.getLong(2), older.getLong(1), HONG_DAN));
            try (PreparedStatement p = db.prepareStatement("insert into report_value (report_id, field_key, value) values (?, ?, ?)")) {
                for (var v : values("có", "không", 10, 5, 1, "không", 0, 40).entrySet()) {
                    p.setLong(1, older.getLong(2));
                    p.setString(2, v.getKey());
                    p.setString(3, v.getValue());
                    p.addBatch();
                }
                p.executeBatch();
            }
            // what the roll-up recorded of Hồng Dân on three days before today: half the time online, 30 min on FM a day,
            // two bulletins (20 min on air) a day, one of them a source item (5 min)
            for (int d = 3; d <= 5; d++) {
                db.createStatement().executeUpdate("""
                        insert into activity_day (unit_code, day, device_samples, online_samples, fm_seconds, broadcasts, air_seconds, relays,
                                                  relay_seconds)
                        values ('%s', current_date - %d, 576, 288, 1800, 2, 1200, 1, 300)""".formatted(HONG_DAN, d));
            }
            // and, in the 2025 period, March 2025 as the roll-up summed it (its days gone: a period reads whole months by month)
            db.createStatement().executeUpdate("""
                    insert into activity_month (unit_code, month, device_samples, online_samples, fm_seconds, broadcasts, air_seconds, relays,
                                                relay_seconds)
                    values ('%s', date '2025-03-01', 0, 0, 0, 7, 2100, 0, 0)""".formatted(HONG_DAN));
            for (int i = 1; i <= 2; i++) {
                db.createStatement().executeUpdate("""
                        insert into device (id, unit_code, type, name, transport, credential_state, created_by, created_at, version, online,
                                            last_seen_at)
                        values ('dash-it-%d', '%s', 'LOUDSPEAKER_CLUSTER', 'Cụm loa thử bảng mục tiêu %d', 'CELLULAR', 'NONE', 'it', now(), 0, %s,
                                %s)""".formatted(i, HONG_DAN, i, i == 1, i == 1 ? "now()" : "null"));
            }
        }
    }

    static JsonObject card(JsonObject dashboard, String indicator) {
        return dashboard.getJsonArray("cards").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("indicator").equals(indicator)).findFirst().orElseThrow();
    }

    static JsonObject row(JsonObject dashboard, String code) {
        return dashboard.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("code").equals(code)).findFirst().orElseThrow(() -> new AssertionError(code + " in " + dashboard));
    }

    static String value(JsonObject card) {
        return card.containsKey("value") && !card.isNull("value") ? card.getJsonNumber("value").bigDecimalValue().toPlainString() : null;
    }

    @Test
    void aProvincesFiguresFromItsCommunesReportsAndDevices() {
        Api.Reply r = Api.as("bo.canbo").get("dashboard?unit=" + PROVINCE);
        assertEquals(200, r.status(), r.toString());
        JsonObject d = r.json();
        assertEquals("Tỉnh Cà Mau", d.getString("unitName"));
        assertEquals(64, d.getJsonArray("rows").size(), "one row per commune and ward");
        JsonObject radio = card(d, "RADIO_ALL_VILLAGES");
        assertEquals("66.7", value(radio), "2 of the 3 communes that reported: Ninh Quới has 6 of 8 villages");
        assertEquals(3, radio.getInt("counted"));
        assertEquals(64, radio.getInt("communes"), "partial: 61 have not reported");
        assertEquals("66.7", value(card(d, "WEBSITE")));
        assertEquals("RED", card(d, "WEBSITE").getString("status"), "below 2025's 70 % and 2030's 100 %");
        assertEquals("50.0", value(card(d, "EBOARD_COMMUNES")), "Hồng Dân has a board, Ninh Quới none; the ward apart");
        assertEquals("100.0", value(card(d, "EBOARD_WARDS")));
        assertEquals("GREEN", card(d, "EBOARD_WARDS").getString("status"));
        assertEquals("31.8", value(card(d, "IP_VILLAGES")), "7 of 22 villages: at most one cluster counted per village");
        assertEquals("80.0", value(card(d, "STAFF_TRAINED")));
        assertEquals("50.0", value(card(d, "DEVICES_ONLINE")), "one of the two registered clusters online");
        assertEquals(null, value(card(d, "FEEDBACK_PROCESSED")), "no feedback: not 0");
        assertEquals("GREY", card(d, "FEEDBACK_PROCESSED").getString("status"));
        assertEquals(1, card(d, "EBOARD_WARDS").getInt("unitsMeeting"), "Bạc Liêu meets it");
        assertTrue(card(d, "WEBSITE").getJsonArray("targets").getJsonObject(0).getString("source").contains("135"));

        JsonObject hongDan = row(d, HONG_DAN);
        assertEquals(3, hongDan.getInt("clustersReported"));
        assertEquals(2, hongDan.getInt("clustersRegistered"));
        assertEquals(1, hongDan.getInt("disagreeing"), "3 IP clusters reported, 2 registered");
        assertEquals(0, row(d, NINH_QUOI).getInt("disagreeing"), "0 reported, none registered");
        assertTrue(!row(d, "31840").getJsonObject("values").containsKey("WEBSITE"), "Hiệp Thành has not reported: no value");
        assertEquals("GREY", row(d, "31840").getJsonObject("statuses").getString("WEBSITE"));

        // the trend: the two periods with accepted reports in Cà Mau, oldest first, each from its own reports
        assertEquals(2, d.getJsonArray("trend").size(), d.getJsonArray("trend").toString());
        JsonObject first = d.getJsonArray("trend").getJsonObject(0);
        assertEquals("Kỳ thử bảng mục tiêu (Cà Mau, 2024)", first.getString("period"));
        assertEquals(1, first.getInt("communesReported"));
        assertEquals(new java.math.BigDecimal("0.0"), first.getJsonObject("values").getJsonNumber("WEBSITE").bigDecimalValue());
        JsonObject point = d.getJsonArray("trend").getJsonObject(1);
        assertEquals("Kỳ thử bảng mục tiêu (Cà Mau)", point.getString("period"));
        assertEquals(3, point.getInt("communesReported"));
        assertEquals(new java.math.BigDecimal("66.7"), point.getJsonObject("values").getJsonNumber("WEBSITE").bigDecimalValue());
        assertTrue(!point.getJsonObject("values").containsKey("DEVICES_ONLINE"), "live indicators have no past periods");

        // the nation: Cà Mau's row says what Cà Mau's own dashboard says
        JsonObject nation = Api.as("bo.canbo").get("dashboard").json();
        assertEquals("MINISTRY", nation.getString("level"));
        assertEquals(34, nation.getJsonArray("rows").size());
        assertEquals(new java.math.BigDecimal("66.7"), row(nation, PROVINCE).getJsonObject("values").getJsonNumber("WEBSITE").bigDecimalValue());
        assertEquals(3, row(nation, PROVINCE).getInt("communesReported"));
        assertEquals(2, row(nation, PROVINCE).getInt("disagreeing"), "Hồng Dân (3 reported, 2 registered) and Bạc Liêu (4, none)");
    }

    @Test
    void theDevicesActivityComesFromTheRollUpForTheDaysShown() {
        JsonObject d = Api.as("bo.canbo").get("dashboard?unit=" + PROVINCE).json();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        assertEquals(today.toString(), d.getString("activityTo"));
        assertEquals(today.minusDays(29).toString(), d.getString("activityFrom"), "the last thirty days");
        JsonObject a = row(d, HONG_DAN).getJsonObject("activity");
        assertEquals(6, a.getInt("broadcasts"), "two a day on three days (no broadcast in Cà Mau today)");
        assertEquals(3600, a.getInt("airSeconds"));
        assertEquals(3, a.getInt("relays"));
        assertEquals(900, a.getInt("relaySeconds"));
        assertEquals(5400, a.getInt("fmSeconds"));
        assertEquals(6, d.getJsonObject("self").getJsonObject("activity").getInt("broadcasts"), "the province: its communes summed");
        // half the samples of the three days online; today's samples (the timer's, one cluster of two online until it falls
        // silent) can only move it a little
        java.math.BigDecimal availability = card(d, "DEVICE_AVAILABILITY").getJsonNumber("value").bigDecimalValue();
        assertTrue(availability.compareTo(new java.math.BigDecimal("45")) > 0 && availability.compareTo(new java.math.BigDecimal("50.1")) < 0,
                availability.toPlainString());
        assertEquals("NONE", card(d, "DEVICE_AVAILABILITY").getString("status"), "monitored: no plan sets a target for it");
        assertEquals(1, card(d, "DEVICE_AVAILABILITY").getInt("counted"), "Hồng Dân alone has devices");

        // a period's activity: its own days (the year up to its cutoff, 30/09/2025)
        long period = d.getJsonArray("trend").getJsonObject(1).getJsonNumber("id").longValue();
        JsonObject then = Api.as("bo.canbo").get("dashboard?unit=" + PROVINCE + "&period=" + period).json();
        assertEquals("2025-09-30", then.getString("activityTo"));
        assertEquals("2024-10-01", then.getString("activityFrom"), "after the cutoff of the period before it");
        assertEquals(7, row(then, HONG_DAN).getJsonObject("activity").getInt("broadcasts"), "March 2025, read as a whole month");
        assertEquals(2100, row(then, HONG_DAN).getJsonObject("activity").getInt("airSeconds"));
        assertEquals(null, value(card(then, "DEVICE_AVAILABILITY")), "nothing sampled then: not 0 %");
    }

    @Test
    void aLeaderSignsTheStatementOfItsTargetsAndAnyoneCanVerifyIt() throws Exception {
        assertEquals(403, Api.as("laichau.canbo").send("POST", "dashboard/statement", "application/json", new byte[0]).status(),
                "an officer prepares, a leader signs");
        assertEquals(403, Api.as("laichau.lanhdao").send("POST", "dashboard/statement?unit=03390", "application/json", new byte[0]).status(),
                "a commune's statement is its own leader's");
        Api.Reply issued = Api.as("laichau.lanhdao").send("POST", "dashboard/statement", "application/json", new byte[0]);
        assertEquals(201, issued.status(), issued.toString());
        JsonObject doc = issued.json();
        assertTrue(doc.getString("documentNumber").endsWith("/BC-UBND"), doc.toString());
        Api.Reply file = Api.as("laichau.canbo").getBytes("documents/" + doc.getJsonNumber("id") + "/pdf");
        assertEquals(200, file.status());
        byte[] pdf = file.bytes();
        String sig = DocumentsIT.poppler("pdfsig", pdf);
        assertTrue(sig.contains("Signature is Valid.") && sig.contains("Total document signed"), sig);
        String t = DocumentsIT.text(pdf).replaceAll("\\s+", " ");
        assertTrue(t.contains("ỦY BAN NHÂN DÂN TỈNH LAI CHÂU"), t);
        assertTrue(t.contains("BÁO CÁO") && t.contains("Tình hình thực hiện mục tiêu phát triển thông tin cơ sở"), t);
        assertTrue(t.contains("Số: " + doc.getString("documentNumber")), t);
        // the figures are the dashboard's: its WEBSITE card, in words
        JsonObject d = Api.as("laichau.lanhdao").get("dashboard").json();
        String website = TargetsText.percent(card(d, "WEBSITE"));
        assertTrue(t.contains("Xã có trang thông tin điện tử: " + website), website + " in " + t);
        assertTrue(t.contains("PHỤ LỤC 02") && t.contains("Xã Bình Lư"), "the communes' annex");
        assertTrue(t.contains("TM. ỦY BAN NHÂN DÂN"), t);
        assertEquals(403, Api.as("quangngai.lanhdao").getBytes("documents/" + doc.getJsonNumber("id") + "/pdf").status());
        String verified = DocumentsIT.upload(pdf);
        assertTrue(verified.contains("Văn bản xác thực") && verified.contains(doc.getString("documentNumber"))
                && verified.contains("Tình hình thực hiện mục tiêu"), verified);
        assertTrue(d.getJsonArray("statements").getValuesAs(JsonObject.class).stream()
                .anyMatch(x -> x.getString("documentNumber").equals(doc.getString("documentNumber"))), "listed on the dashboard");
        assertTrue(d.getBoolean("mayIssueStatement"));
        assertTrue(!Api.as("laichau.canbo").get("dashboard").json().getBoolean("mayIssueStatement"));
    }

    /** A card's value as the statement writes it ("66,7 %"). */
    static final class TargetsText {
        static String percent(JsonObject card) {
            String v = value(card);
            return v == null ? "chưa có số liệu" : new java.math.BigDecimal(v).stripTrailingZeros().toPlainString().replace('.', ',') + " %";
        }
    }

    @Test
    void aUnitSeesItselfAndWhatLiesBelowNeverASiblingOrACousin() {
        assertEquals("12", Api.as("laichau.canbo").get("dashboard").json().getString("unit"), "opens on the caller's unit");
        assertEquals(200, Api.as("laichau.canbo").get("dashboard?unit=03390").status(), "a province drills into its commune");
        assertEquals(403, Api.as("laichau.canbo").get("dashboard?unit=" + PROVINCE).status(), "another province");
        assertEquals(403, Api.as("laichau.canbo").get("dashboard?unit=" + HONG_DAN).status(), "another province's commune");
        assertEquals(403, Api.as("quangngai.canbo").get("dashboard?unit=12").status());
        JsonObject own = Api.as("binhlu.canbo").get("dashboard").json();
        assertEquals("03390", own.getString("unit"));
        assertEquals(0, own.getJsonArray("rows").size(), "a commune sees only itself");
        assertTrue(!own.containsKey("parent") || own.isNull("parent"), "and is not offered its province");
        assertEquals(403, Api.as("binhlu.canbo").get("dashboard?unit=12").status(), "its province");
        assertEquals(403, Api.as("binhlu.canbo").get("dashboard?unit=03394").status(), "a sibling commune");
        assertEquals(403, Api.as("binhlu.vanhanh").get("dashboard").status(), "a device operator reads no dashboard");
        assertEquals(403, Api.as("binhlu.canbo").get("dashboard?unit=nowhere").status(), "an unknown unit says nothing more");
    }

    static String targetsFile(String owner, int year, int value) {
        return "{\"owner\": " + (owner == null ? "null" : "\"" + owner + "\"") + ", \"targets\": [{\"indicator\": \"WEBSITE\", "
                + "\"level\": \"PROVINCE\", \"year\": " + year + ", \"value\": " + value + ", \"comparison\": \">=\", "
                + "\"source\": \"Kế hoạch của UBND tỉnh (thử)\"}]}";
    }

    static long targetFiles() throws Exception {
        try (Connection db = SourcesIT.db(); var rs = db.createStatement().executeQuery("select count(*) from dashboard_target_file")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static boolean hasTarget(JsonObject dashboard, String text) {
        return card(dashboard, "WEBSITE").getJsonArray("targets").getValuesAs(JsonObject.class).stream()
                .anyMatch(t -> t.getString("text").equals(text));
    }

    @Test
    void aProvinceSetsStricterTargetsForItsUnitsWithoutARelease() throws Exception {
        try {
            // refused whole, each problem named; nothing kept
            long before = targetFiles();
            Api.Reply bad = Api.as("laichau.canbo").put("dashboard/targets", jakarta.json.Json.createObjectBuilder()
                    .add("name", "lai-chau.json").add("content", targetsFile(null, 1999, 150)).build());
            assertEquals(422, bad.status(), bad.toString());
            String said = bad.json().getJsonArray("violations").toString();
            assertTrue(said.contains("targets[0].year") && said.contains("targets[0].value") && said.contains("lai-chau.json"), said);
            assertTrue(said.contains("năm phải từ 2020 đến 2050") && said.contains("tỷ lệ phần trăm từ 0 đến 100"), "said in Vietnamese: " + said);
            String inEnglish = Api.as("laichau.canbo").inLanguage("en").put("dashboard/targets", jakarta.json.Json.createObjectBuilder()
                    .add("name", "lai-chau.json").add("content", targetsFile(null, 1999, 150)).build()).json().getJsonArray("violations").toString();
            assertTrue(inEnglish.contains("a year between 2020 and 2050"), inEnglish);
            assertEquals(422, Api.as("laichau.canbo").put("dashboard/targets", jakarta.json.Json.createObjectBuilder()
                    .add("content", targetsFile("51", 2025, 90)).build()).status(), "a file for another province");
            assertEquals(403, Api.as("binhlu.canbo").put("dashboard/targets", jakarta.json.Json.createObjectBuilder()
                    .add("content", targetsFile(null, 2025, 90)).build()).status(), "a commune sets no targets");
            assertEquals(403, Api.as("bo.canbo").put("dashboard/targets", jakarta.json.Json.createObjectBuilder()
                    .add("content", targetsFile(null, 2025, 90)).build()).status(), "the ministry's are shipped");
            assertEquals(before, targetFiles());

            Api.Reply ok = Api.as("laichau.canbo").put("dashboard/targets", jakarta.json.Json.createObjectBuilder()
                    .add("name", "lai-chau.json").add("content", targetsFile(null, 2025, 90)).build());
            assertEquals(200, ok.status(), ok.toString());
            JsonObject laiChau = Api.as("laichau.canbo").get("dashboard").json();
            assertTrue(hasTarget(laiChau, "≥ 90 % (2025)"), "Lai Châu's own target");
            assertTrue(hasTarget(laiChau, "≥ 70 % (2025)"), "the ministry's still shown");
            assertEquals("lai-chau.json", laiChau.getJsonObject("ownTargets").getString("file"));
            assertTrue(hasTarget(Api.as("binhlu.canbo").get("dashboard").json(), "≥ 90 % (2025)"), "it holds for its communes");
            assertTrue(!hasTarget(Api.as("quangngai.canbo").get("dashboard").json(), "≥ 90 % (2025)"), "not for another province");
            assertTrue(!hasTarget(Api.as("bo.canbo").get("dashboard").json(), "≥ 90 % (2025)"), "nor for the nation");
        } finally {
            assertEquals(204, Api.as("laichau.canbo").delete("dashboard/targets").status());
        }
        assertTrue(!hasTarget(Api.as("laichau.canbo").get("dashboard").json(), "≥ 90 % (2025)"), "removed");
    }

    @Test
    void aChosenPeriodShowsThatPeriodsReportsOnly() {
        JsonObject latest = Api.as("bo.canbo").get("dashboard?unit=" + PROVINCE).json();
        long older = latest.getJsonArray("trend").getJsonObject(0).getJsonNumber("id").longValue();
        Api.Reply r = Api.as("bo.canbo").get("dashboard?unit=" + PROVINCE + "&period=" + older);
        assertEquals(200, r.status(), r.toString());
        JsonObject then = r.json();
        assertEquals("Kỳ thử bảng mục tiêu (Cà Mau, 2024)", then.getString("periodName"));
        assertEquals("0.0", value(card(then, "WEBSITE")), "Hồng Dân had no web page then");
        assertEquals(1, card(then, "WEBSITE").getInt("counted"));
        assertTrue(!row(then, NINH_QUOI).getJsonObject("values").containsKey("WEBSITE"), "Ninh Quới did not report then");
        assertEquals("66.7", value(card(latest, "WEBSITE")), "the latest: each commune's latest report");
        Api.Reply unknown = Api.as("bo.canbo").get("dashboard?unit=" + PROVINCE + "&period=999999999");
        assertEquals(422, unknown.status());
        assertEquals("period", unknown.json().getJsonArray("violations").getJsonObject(0).getString("field"));
        Api.Reply notANumber = Api.as("bo.canbo").get("dashboard?unit=" + PROVINCE + "&period=abc");
        assertEquals(422, notANumber.status(), "not a 404: the field named");
        assertEquals("period", notANumber.json().getJsonArray("violations").getJsonObject(0).getString("field"));
    }
}
