package vn.nguon.it;

import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.sim.SimDevice;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nguon.it.Bulletins.approved;
import static vn.nguon.it.Bulletins.await;
import static vn.nguon.it.Bulletins.state;

/**
 * What the operators scrape (docs/operations.md), read as Prometheus reads it from the management
 * interface of the real application: an alert timed from its approval to its device's DONE, devices
 * counted by province from the database, the broker's queues answered, requests labelled by route and
 * never by what was typed, every metric the alert rules use present and every Nguồn metric documented.
 */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

    static final ScheduledExecutorService TIMER = Executors.newScheduledThreadPool(2);
    static final String PROVINCE = "12"; // Lai Châu: Bình Lư's province
    static SimDevice device;
    static String deviceId;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @BeforeAll
    static void aDevice() throws Exception {
        device = Bulletins.connected("Loa đo số liệu vận hành", TIMER);
        deviceId = device.id;
    }

    @AfterAll
    static void stop() throws Exception {
        device.stop();
        TIMER.shutdownNow();
    }

    @Test
    void anAlertIsTimedFromItsApprovalToItsDevicesLastWordAndCountedByOutcome() throws Exception {
        Scrape before = Scrape.now();
        JsonObjectBuilder alert = Bulletins.alert(deviceId, "Cảnh báo rét hại",
                "Nhiệt độ xuống dưới 5 độ, bà con giữ ấm cho người già, trẻ nhỏ và gia súc.", "Rét hại", "Moderate", "Expected");
        long id = approved(alert);
        await("the alert played", 60, () -> "DONE".equals(state(id, deviceId)));
        Scrape after = Scrape.now();

        String count = "nguon_alert_acknowledgement_seconds_count";
        assertEquals(1, after.value(count) - before.value(count), "one device's final word on one alert");
        double seconds = after.value("nguon_alert_acknowledgement_seconds_sum") - before.value("nguon_alert_acknowledgement_seconds_sum");
        assertTrue(seconds > 0.2 && seconds < 60, "approval to DONE, at least the 200 ms the device plays: " + seconds);
        // a histogram an operator reads p99 from: within a minute
        assertEquals(1, after.value("nguon_alert_acknowledgement_seconds_buckets_total{le=\"60.0\"}")
                - before.value("nguon_alert_acknowledgement_seconds_buckets_total{le=\"60.0\"}"));
        assertEquals(1, after.value("nguon_alert_acknowledgement_seconds_buckets_total{le=\"+Inf\"}")
                - before.value("nguon_alert_acknowledgement_seconds_buckets_total{le=\"+Inf\"}"));
        String done = "nguon_deliveries_ended_total{outcome=\"DONE\"}";
        assertEquals(1, after.value(done) - before.value(done), after.of("nguon_deliveries_ended_total").toString());
        // an acknowledgement of a delivery the device never had is refused, and its log line names that delivery
        // (LogHygieneCheck finds it in the JSON log)
        String unknown = UUID.randomUUID().toString();
        device.ack(unknown, "DONE", null, 0);
        await("the refusal logged", 30, () -> {
            try (Connection db = SourcesIT.db(); ResultSet rs = db.createStatement().executeQuery(
                    "SELECT last_refusal FROM device WHERE id = '" + deviceId + "'")) {
                return rs.next() && String.valueOf(rs.getString(1)).contains(unknown);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void devicesAreCountedByProvinceFromTheDatabaseAndFollowTheirStatus() throws Exception {
        String online = "nguon_devices{province=\"" + PROVINCE + "\",state=\"online\"}";
        String offline = "nguon_devices{province=\"" + PROVINCE + "\",state=\"offline\"}";
        await("the device online in the gauge", 30, () -> database(true) > 0 && matches(online, true));
        device.stop();
        await("the device offline in the database", 30, () -> !isOnline(deviceId));
        await("the gauges refreshed from the database", 30, () -> matches(online, true) && matches(offline, false));
        device.connect();
        await("the device back online", 30, () -> isOnline(deviceId) && matches(online, true) && matches(offline, false));
    }

    /** Whether the gauge shows what the database counts now. */
    private static boolean matches(String series, boolean online) {
        try {
            return Scrape.now().value(series) == database(online);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long database(boolean online) {
        try (Connection db = SourcesIT.db(); ResultSet rs = db.createStatement().executeQuery("""
                SELECT count(*) FROM device d JOIN org_unit c ON c.code = d.unit_code
                WHERE d.credential_state = 'ACTIVE' AND d.transport <> 'FM_ONLY' AND d.online = %s
                  AND (c.parent_code = '%s' OR c.code = '%s')""".formatted(online, PROVINCE, PROVINCE))) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isOnline(String id) {
        try (Connection db = SourcesIT.db(); ResultSet rs = db.createStatement().executeQuery(
                "SELECT online FROM device WHERE id = '" + id + "'")) {
            return rs.next() && rs.getBoolean(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theBrokerAnswersForEveryQueueAndItsJournal() throws Exception {
        awaitSeries("nguon_broker_disk_store_usage");
        Scrape s = Scrape.now();
        Map<String, Double> queues = s.of("nguon_jms_queue_messages");
        assertEquals(8, queues.size(), queues.toString());
        queues.forEach((q, v) -> assertTrue(v >= 0, "the broker did not answer for " + q));
        double journal = s.value("nguon_broker_disk_store_usage");
        assertTrue(journal >= 0 && journal <= 1, "journal disk usage " + journal);
        assertTrue(s.value("nguon_database_size_bytes") > 10_000_000, "the database's size");
        assertTrue(Math.abs(s.value("nguon_operations_refreshed") - Instant.now().getEpochSecond()) < 30, "refreshed just now");
        assertTrue(s.has("nguon_outbox_backlog") && s.has("nguon_documents_signed") && s.has("nguon_feedback_overdue"), s.names().toString());
    }

    @Test
    void requestsAreLabelledByRouteNeverByWhatWasTyped() throws Exception {
        String typed = "no-such-page-" + UUID.randomUUID().toString().substring(0, 8);
        long unknownBulletin = 900_000_000L + new java.util.Random().nextInt(99_999_999);
        vn.nguon.sim.Api.Reply deliveries = vn.nguon.sim.Api.as("binhlu.canbo").get("bulletins/" + unknownBulletin + "/deliveries");
        HttpResponse<String> made = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                vn.nguon.it.ui.Browser.APP_URL + "public/" + typed + ".xhtml")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, made.statusCode());
        assertTrue(made.headers().firstValue("X-Request-Id").orElse("").matches("[0-9a-f]{16}"), made.headers().toString());
        Scrape s = Scrape.now();
        // the API's template, whatever the id asked for
        assertTrue(s.has("nguon_http_requests_seconds_count{method=\"GET\",route=\"/api/bulletins/{id}/deliveries\",status=\""
                + deliveries.status() + "\"}"), s.of("nguon_http_requests_seconds_count").keySet().toString());
        // a page that does not exist is one series for all of them
        assertTrue(s.has("nguon_http_requests_seconds_count{method=\"GET\",route=\"unmatched\",status=\"404\"}"));
        // nothing typed, no device and no user ever becomes a label: the number of series stays bounded
        for (String series : s.series().keySet()) {
            assertFalse(series.contains(typed) || series.contains(Long.toString(unknownBulletin)) || series.contains(deviceId)
                    || series.contains("binhlu"), series);
        }
        long nguon = s.series().keySet().stream().filter(k -> k.startsWith("nguon_")).count();
        assertTrue(nguon < 3000, nguon + " series of Nguồn's own");
    }

    @Test
    void everyMetricTheAlertRulesUseIsScrapedAndEveryNguonMetricIsDocumented() throws Exception {
        // the rules name series that exist only once something happened: make sure each has happened once
        anyRequest();
        awaitSeries("nguon_operations_refreshed");
        Scrape s = Scrape.now();
        String rules = Files.readString(Path.of("../wildfly-config/prometheus/alerts.yml"));
        Set<String> used = new TreeSet<>();
        Matcher m = Pattern.compile("\\b(nguon_[a-z_]+)\\b").matcher(rules);
        while (m.find()) {
            used.add(m.group(1));
        }
        assertTrue(used.size() >= 8, used.toString());
        used.removeAll(s.names());
        assertEquals(Set.of(), used, "metrics the alert rules use that the server does not export");

        String doc = Files.readString(Path.of("../docs/operations.md"));
        Set<String> undocumented = new TreeSet<>();
        for (String name : s.names()) {
            String family = name.replaceAll("_(buckets_total|count|sum|max)$", "");
            if (name.startsWith("nguon_") && !doc.contains(family)) {
                undocumented.add(family);
            }
        }
        assertEquals(Set.of(), undocumented, "Nguồn's metrics missing from docs/operations.md");
    }

    /** Waits for the gauges' first refresh (every 2 s in the tests) to have exported {@code series}. */
    private static void awaitSeries(String series) throws InterruptedException {
        await("the gauges refreshed", 30, () -> {
            try {
                return Scrape.now().has(series);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void anyRequest() throws Exception {
        HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(vn.nguon.it.ui.Browser.APP_URL + "api/public/geo/shapes")).build(),
                HttpResponse.BodyHandlers.discarding());
    }
}
