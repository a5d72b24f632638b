package vn.nguon.it;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import vn.nguon.sim.Api;

/**
 * The official document of a signed report, through the real EAR: issued at signing, signed
 * with the unit's certificate (pdfsig says valid), Vietnamese text and embedded fonts as poppler
 * reads them, served byte for byte as stored, scoped like the report, and checked by the public
 * verification page, which catches a changed byte.
 */
@ExtendWith(ArquillianExtension.class)
class DocumentsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static long report;
    static JsonObject document;
    static byte[] pdf;

    @BeforeAll
    static void signAReport() throws Exception {
        long period = Periods.open("QD135-SOKET-2026@1");
        JsonObject draft = ReportingWorkflowIT.own("binhlu.canbo", period);
        report = ReportingWorkflowIT.id(draft);
        assertEquals(200, ReportingWorkflowIT.save("binhlu.canbo", draft, binhLuValues()).status());

        Api.Reply preview = Api.as("binhlu.canbo").getBytes("reports/" + report + "/preview");
        assertEquals(200, preview.status());
        assertTrue(text(preview.bytes()).contains("BẢN NHÁP"), "a draft preview is watermarked");

        Api.Reply signed = ReportingWorkflowIT.step("binhlu.lanhdao", report, "sign", null);
        assertEquals(200, signed.status(), signed.toString());
        List<JsonObject> docs = Api.as("binhlu.canbo").get("reports/" + report + "/documents").body().asJsonArray()
                .getValuesAs(JsonObject.class);
        assertEquals(1, docs.size(), docs.toString());
        document = docs.get(0);
        assertEquals(signed.json().getString("documentNumber"), document.getString("documentNumber"));
        Api.Reply file = Api.as("binhlu.canbo").getBytes("documents/" + document.getJsonNumber("id") + "/pdf");
        assertEquals(200, file.status());
        pdf = file.bytes();
    }

    /** Every section and figure of the QD135 template, as Bình Lư fills them in. */
    static Map<String, String> binhLuValues() {
        Map<String, String> values = new java.util.LinkedHashMap<>();
        for (String s : new String[]{"I.1", "I.2", "II.1", "II.4", "III.1", "III.2", "III.3", "IV"}) {
            values.put("section:" + s, "Xã Bình Lư triển khai mục " + s + " ở thôn Đắk Lắk; mỗi ngày những cụm loa hỗ trợ Thừa Thiên Huế.");
        }
        values.putAll(Map.of("SL.tram_fm.gt", "1", "SL.cum_khong_day.gt", "35", "SL.cum_fm.gt", "29", "SL.cum_ip.gt", "6",
                "SL.ket_noi_ttn_tinh.gt", "có", "SL.co_trang_ttdt.gt", "có"));
        return values;
    }

    @Test
    void pdfsigSaysTheSignatureIsValidAndCoversTheDocument() throws Exception {
        String out = poppler("pdfsig", pdf);
        assertTrue(out.contains("Signature is Valid."), out);
        assertTrue(out.contains("Total document signed"), out);
        assertTrue(out.contains("ETSI.CAdES.detached"), out);
        assertTrue(out.contains("Bình Lư"), "the unit's name is in the certificate subject: " + out);
    }

    @Test
    void theTextIsTheDecreesLayoutInExactVietnamese() throws Exception {
        String t = text(pdf).replaceAll("\\s+", " "); // pdftotext breaks lines where the layout does
        assertTrue(t.contains("ỦY BAN NHÂN DÂN"), t);
        assertTrue(t.contains("XÃ BÌNH LƯ"));
        assertTrue(t.contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
        assertTrue(t.contains("Số: " + document.getString("documentNumber")));
        assertTrue(t.contains("Bình Lư, ngày "));
        assertTrue(t.contains("thôn Đắk Lắk; mỗi ngày những cụm loa hỗ trợ Thừa Thiên Huế."), t);
        assertTrue(t.contains("Nơi nhận:"));
        // binhlu.lanhdao is a vice-chair: the signature block says so, with the signer's name
        assertTrue(t.contains("TM. ỦY BAN NHÂN DÂN") && t.contains("KT. CHỦ TỊCH") && t.contains("PHÓ CHỦ TỊCH"), t);
        assertTrue(t.contains("Lò Văn Dũng"), t);
        assertTrue(t.contains("PHỤ LỤC 01"), "the annex table, numbered");
        String fonts = poppler("pdffonts", pdf);
        assertFalse(fonts.lines().skip(2).filter(l -> !l.startsWith("exit=") && !l.isBlank())
                .anyMatch(l -> !l.contains(" yes ")), "every font embedded: " + fonts);
    }

    @Test
    void servedExactlyAsStoredEveryTime() throws Exception {
        byte[] again = Api.as("laichau.canbo").getBytes("documents/" + document.getJsonNumber("id") + "/pdf").bytes();
        assertArrayEquals(pdf, again, "never re-rendered");
        assertEquals(document.getString("sha256"), HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        Api.Reply xlsx = Api.as("binhlu.canbo").getBytes("documents/" + document.getJsonNumber("id") + "/xlsx");
        assertEquals(200, xlsx.status());
        assertEquals('P', xlsx.bytes()[0]);
        assertEquals('K', xlsx.bytes()[1]);
    }

    @Test
    void anotherCommuneCannotDownloadIt() {
        assertEquals(403, Api.as("sontayha.canbo").getBytes("documents/" + document.getJsonNumber("id") + "/pdf").status());
        assertEquals(403, Api.as("quangngai.canbo").getBytes("reports/" + report + "/preview").status());
    }

    @Test
    void theVerificationPageNeedsNoLoginAndCatchesAChangedByte() throws Exception {
        String ok = upload(pdf);
        assertTrue(ok.contains("Văn bản xác thực"), ok);
        assertTrue(ok.contains(document.getString("documentNumber")), ok);
        assertTrue(ok.contains("Xã Bình Lư"), ok);
        assertTrue(ok.contains("Lò Văn Dũng"), ok);

        byte[] tampered = pdf.clone();
        tampered[tampered.length / 3] ^= 0x01;
        String bad = upload(tampered);
        assertTrue(bad.contains("đã bị sửa đổi"), bad);

        assertTrue(upload("không phải PDF".getBytes(StandardCharsets.UTF_8)).contains("Không đọc được tệp"));
    }

    /** POSTs a file to the public page as a browser form would, without any token or cookie. */
    static String upload(byte[] file) throws Exception {
        String boundary = "----nguon" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bao-cao.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> res = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:8080/nguon/verify"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, res.statusCode(), res.body());
        return res.body();
    }

    static String text(byte[] pdf) throws Exception {
        return poppler("pdftotext", pdf, "-enc", "UTF-8");
    }

    static String poppler(String tool, byte[] pdf, String... args) throws Exception {
        Path file = Files.createTempFile("nguon-it-", ".pdf");
        Files.write(file, pdf);
        List<String> cmd = new java.util.ArrayList<>(List.of(tool));
        cmd.addAll(List.of(args));
        cmd.add(file.toString());
        if (tool.equals("pdftotext")) {
            cmd.add("-");
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(60, TimeUnit.SECONDS);
        Files.delete(file);
        return out + "\nexit=" + p.exitValue();
    }
}
