package vn.nguon.reports.signing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nguon.reports.document.DocumentRenderer;
import vn.nguon.reports.document.Poppler;
import vn.nguon.reports.document.RenderedPdf;
import vn.nguon.reports.document.Samples;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The PAdES signature as independent tools see it: pdfsig (poppler) says valid and unmodified; one changed byte is caught. */
class PdfSignerTest {

    static final char[] PASSWORD = "test".toCharArray();
    static SigningKey key;
    static byte[] signed;
    static byte[] unsigned;

    @BeforeAll
    static void sign() {
        key = SigningKey.fromPkcs12(DevCertificates.pkcs12("Ủy ban nhân dân xã Bình Lư", "03390", PASSWORD), PASSWORD);
        RenderedPdf pdf = new DocumentRenderer().pdf(Samples.communeReport(false, 12));
        unsigned = pdf.pdf();
        signed = new PdfSigner().sign(pdf.pdf(), key,
                new PdfSigner.Stamp("Nguyễn Thị Nhàn", "Ủy ban nhân dân xã Bình Lư", "Bình Lư", "Báo cáo số 149/BC-UBND",
                        Instant.parse("2025-10-08T03:15:00Z")),
                new PdfSigner.Box(pdf.page(), pdf.x(), pdf.y(), pdf.width(), pdf.height()));
        try {
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/documents"));
            java.nio.file.Files.write(java.nio.file.Path.of("target/documents/commune-report-signed.pdf"), signed);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void pdfsigSaysValidAndUnmodified() {
        String out = Poppler.run("pdfsig", signed);
        assertTrue(out.contains("Signature is Valid."), out);
        assertTrue(out.contains("Total document signed"), out);
        assertTrue(out.contains("ETSI.CAdES.detached"), out);
        assertTrue(out.contains("Bình Lư") || out.contains("03390"), "the unit is in the certificate subject: " + out);
        assertTrue(out.contains("SHA-256") || out.contains("SHA256"), out);
    }

    @Test
    void theSignedBytesStartWithTheRenderedOnes() {
        byte[] head = java.util.Arrays.copyOf(signed, unsigned.length);
        assertArrayEquals(unsigned, head, "an incremental update: the rendered document is kept as it was");
    }

    @Test
    void ourVerifierAgrees() {
        SignatureVerifier.Result r = new SignatureVerifier().verify(signed);
        assertTrue(r.signedAndUnaltered(), r.toString());
        assertEquals(1, r.signatures().size());
        assertTrue(r.signatures().get(0).subject().contains("03390"), r.toString());
    }

    @Test
    void oneChangedByteIsCaught() {
        byte[] tampered = signed.clone();
        int at = indexOf(tampered, "Nguyễn Thị Nhàn".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)) ;
        // change a byte inside the signed range, well before the signature value
        int pos = at > 0 ? at : tampered.length / 3;
        tampered[pos] = (byte) (tampered[pos] ^ 0x01);
        String out = Poppler.run("pdfsig", tampered);
        assertFalse(out.contains("Signature is Valid."), out);
        assertFalse(new SignatureVerifier().verify(tampered).signedAndUnaltered());
    }

    @Test
    void anAppendedByteMeansTheSignatureNoLongerCoversTheFile() {
        byte[] longer = java.util.Arrays.copyOf(signed, signed.length + 1);
        longer[signed.length] = '\n';
        assertFalse(new SignatureVerifier().verify(longer).signedAndUnaltered());
    }

    @Test
    void anUnsignedPdfIsNotSigned() {
        assertFalse(new SignatureVerifier().verify(unsigned).signedAndUnaltered());
        assertFalse(new SignatureVerifier().verify("not a pdf".getBytes()).readable());
    }

    @Test
    void signaturesMadeAtTheSameTimeAreAllValid() throws Exception {
        // the stamp's parsed fonts are pooled and reused: several signatures at once, then again
        RenderedPdf pdf = new DocumentRenderer().pdf(Samples.communeReport(false, 3));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String signer = "Người ký số " + i;
                results.add(pool.submit(() -> new PdfSigner().sign(pdf.pdf(), key,
                        new PdfSigner.Stamp(signer, "Ủy ban nhân dân xã Bình Lư", "Bình Lư", "Báo cáo", Instant.now()),
                        new PdfSigner.Box(pdf.page(), pdf.x(), pdf.y(), pdf.width(), pdf.height()))));
            }
            for (Future<byte[]> r : results) {
                byte[] one = r.get();
                assertTrue(new SignatureVerifier().verify(one).signedAndUnaltered());
                String fonts = Poppler.run("pdffonts", one);
                // rows after the two header lines; columns: name type encoding emb sub uni object ID
                assertTrue(fonts.lines().skip(2).filter(l -> !l.isBlank() && !l.startsWith("exit="))
                        .map(l -> l.trim().split("\\s+")).allMatch(c -> c[c.length - 5].equals("yes")),
                        "every font embedded, the stamp's too: " + fonts);
            }
            assertTrue(Poppler.run("pdfsig", results.get(11).get()).contains("Signature is Valid."));
        } finally {
            pool.shutdown();
        }
    }

    private static int indexOf(byte[] data, byte[] what) {
        outer:
        for (int i = 0; i < data.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
