package vn.nguon.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.sim.Api;
import vn.nguon.sim.SimDevice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.nguon.it.Bulletins.await;
import static vn.nguon.it.Bulletins.deliveries;
import static vn.nguon.it.Bulletins.state;
import static vn.nguon.it.Bulletins.target;

/**
 * Backup and restore, proven (docs/operations.md "Backup and restore"). A running system — with every report,
 * signed document and delivery the integration tests left, one more signed report and a played alert — is backed
 * up by {@code nguon.sh backup} while it works; then a bulletin's slot is dispatched and played; then the server
 * dies, its database is dropped and its signing keystores deleted; {@code nguon.sh restore} puts the backup back.
 * Every signed PDF is still the same bytes and the public verification page vouches for each; the signing key is
 * the one backed up; the next document number follows the last one backed up, without a gap; and the slot played
 * after the backup — which the restored schedule dispatches again — is not played twice.
 * <p>
 * Not an Arquillian test: it runs in the {@code crash} execution, on the server {@link CrashServer} starts (with a
 * dispatch lead of 20 s instead of 15 minutes, so that a slot a minute away is dispatched after the backup).
 */
@ExtendWith(CrashServer.class)
class BackupRestoreIT {

    static final StandaloneServer SERVER = CrashServer.server();
    static final ScheduledExecutorService TIMER = Executors.newScheduledThreadPool(2);
    static final Path SIGNING = Stack.STATE.resolve("signing");
    static SimDevice device;
    static String deviceId;

    @BeforeAll
    static void start() throws Exception {
        device = Bulletins.connected("Loa thử sao lưu", TIMER);
        deviceId = device.id;
    }

    @AfterAll
    static void stop() throws Exception {
        if (device != null) {
            device.stop();
        }
        TIMER.shutdownNow();
    }

    @Test
    void aRestoredSystemVerifiesEveryDocumentContinuesItsNumbersAndPlaysNothingTwice() throws Exception {
        // what the backup holds: an alert played, one more signed report, and a bulletin whose slot is a minute away
        long alert = Bulletins.approved(bulletin("Cảnh báo thử trước khi sao lưu", "EMERGENCY", Instant.now()));
        await("the alert played", 60, () -> "DONE".equals(state(alert, deviceId)));
        String lastNumber = signAReport();
        Instant slot = Instant.now().plusSeconds(60);
        long scheduled = Bulletins.approved(bulletin("Thông báo lịch tiêm phòng", "NORMAL", slot));
        Map<Long, String> documents = signedDocuments();
        Map<String, Integer> numbers = documentNumbers();
        String keystore = sha256(Files.readAllBytes(SIGNING.resolve("03390.p12")));
        assertTrue(documents.size() > 1, "the integration tests' signed documents and this one: " + documents.size());

        Path backup = Stack.STATE.resolve("backups/it-" + System.currentTimeMillis());
        long t0 = System.nanoTime();
        Stack.script("backup.log", "backup", backup.toString());
        System.out.printf("[backup] %d signed documents, backup of %d MB in %.1f s%n", documents.size(),
                size(backup) / 1_000_000, (System.nanoTime() - t0) / 1e9);
        assertTrue(deliveries(scheduled, deviceId).isEmpty(), "the slot was not dispatched before the backup ended (lead 20 s)");

        // after the backup: the slot is dispatched and played; then the disaster
        await("the scheduled slot played after the backup", 120, () -> "DONE".equals(state(scheduled, deviceId)));
        String playedDelivery = deliveries(scheduled, deviceId).get(0).getString("id");
        SERVER.kill();
        try (Connection postgres = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:55432/postgres", "nguon", "nguon");
             Statement st = postgres.createStatement()) {
            st.execute("DROP DATABASE nguon WITH (FORCE)");
        }
        deleteTree(SIGNING);

        Stack.script("restore.log", "restore", backup.toString());
        SERVER.start();

        // every signed document: the same bytes, vouched for by the public verification page
        assertEquals(documents, signedDocuments(), "every signed document, byte for byte (their SHA-256)");
        for (long id : documents.keySet()) {
            byte[] pdf = pdf(id);
            assertEquals(documents.get(id), sha256(pdf));
            String page = DocumentsIT.upload(pdf);
            assertTrue(page.contains("Văn bản xác thực"), "document " + id + ": " + page);
        }
        assertEquals(keystore, sha256(Files.readAllBytes(SIGNING.resolve("03390.p12"))), "Bình Lư's signing key, as backed up");
        assertEquals(numbers, documentNumbers(), "the numbers as they were at the backup");
        String next = signAReport();
        assertEquals(number(lastNumber) + 1, number(next), "the next number follows the last one backed up: " + lastNumber + " → " + next);

        // the alert played before the backup is not sent again; the slot played after it is dispatched again (the
        // restored schedule has it still to do) and the device, which has played that slot, does not play it twice
        assertEquals("DONE", state(alert, deviceId));
        await("the restored schedule's slot done", 120, () -> "DONE".equals(state(scheduled, deviceId)));
        List<String> plays = device.commands("PLAY").stream().filter(c -> c.getJsonNumber("bulletinId").longValue() == scheduled)
                .map(c -> c.getString("deliveryId")).distinct().toList();
        assertEquals(2, plays.size(), "dispatched before the disaster and again after the restore: " + plays);
        assertTrue(plays.contains(playedDelivery));
        assertEquals(1, plays.stream().mapToInt(device::timesPlayed).sum(), "played once");
        assertEquals(1, device.commands("PLAY").stream().filter(c -> c.getJsonNumber("bulletinId").longValue() == alert)
                .map(c -> c.getString("deliveryId")).distinct().count(), "the alert played before the backup is not sent again");
    }

    static JsonObjectBuilder bulletin(String title, String priority, Instant startsAt) {
        return Bulletins.bulletin(title, priority, startsAt, startsAt.plusSeconds(1800), Json.createArrayBuilder().add(target("DEVICE", deviceId)));
    }

    /** Bình Lư's report of a fresh period, filled and signed: its document number. */
    static String signAReport() {
        long period = Periods.open("QD135-SOKET-2026@1");
        JsonObject draft = ReportingWorkflowIT.own("binhlu.canbo", period);
        assertEquals(200, ReportingWorkflowIT.save("binhlu.canbo", draft, DocumentsIT.binhLuValues()).status());
        Api.Reply signed = ReportingWorkflowIT.step("binhlu.lanhdao", ReportingWorkflowIT.id(draft), "sign", null);
        assertEquals(200, signed.status(), signed.toString());
        return signed.json().getString("documentNumber");
    }

    /** "12/BC-UBND" → 12. */
    static int number(String documentNumber) {
        return Integer.parseInt(documentNumber.substring(0, documentNumber.indexOf('/')));
    }

    static Map<Long, String> signedDocuments() throws Exception {
        Map<Long, String> out = new LinkedHashMap<>();
        try (Connection db = SourcesIT.db(); ResultSet rs = db.createStatement().executeQuery("select id, sha256 from signed_document order by id")) {
            while (rs.next()) {
                out.put(rs.getLong(1), rs.getString(2));
            }
        }
        return out;
    }

    static Map<String, Integer> documentNumbers() throws Exception {
        Map<String, Integer> out = new LinkedHashMap<>();
        try (Connection db = SourcesIT.db();
             ResultSet rs = db.createStatement().executeQuery("select unit_code, year, last_number from document_number order by 1, 2")) {
            while (rs.next()) {
                out.put(rs.getString(1) + "/" + rs.getInt(2), rs.getInt(3));
            }
        }
        return out;
    }

    /** A signed PDF's bytes, as stored. */
    static byte[] pdf(long id) throws Exception {
        try (Connection db = SourcesIT.db(); var st = db.prepareStatement("select pdf from signed_document where id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                assertTrue(rs.next(), "document " + id);
                return rs.getBytes(1);
            }
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static long size(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws Exception {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
