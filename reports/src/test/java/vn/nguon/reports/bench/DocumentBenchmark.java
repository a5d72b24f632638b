package vn.nguon.reports.bench;

import org.junit.jupiter.api.Test;
import vn.nguon.reports.document.DocumentRenderer;
import vn.nguon.reports.document.OfficialDocument;
import vn.nguon.reports.document.RenderedPdf;
import vn.nguon.reports.document.Samples;
import vn.nguon.reports.signing.DevCertificates;
import vn.nguon.reports.signing.PdfSigner;
import vn.nguon.reports.signing.SignatureVerifier;
import vn.nguon.reports.signing.SigningKey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The documents benchmark (run by {@code bash wildfly-config/dev/nguon.sh bench}, not by the
 * tests): fill + export (+ sign) of a realistic commune report and of a province roll-up over 100
 * communes, one thread, after a warm-up. Prints and writes {@code target/benchmark/documents.md}.
 * Asserts only that what it measured is a valid signed PDF.
 */
class DocumentBenchmark {

    static final int WARMUP = Integer.getInteger("nguon.bench.doc.warmup", 15);
    static final int RUNS = Integer.getInteger("nguon.bench.doc.runs", 40);

    @Test
    void fillExportSign() throws Exception {
        DocumentRenderer renderer = new DocumentRenderer();
        PdfSigner signer = new PdfSigner();
        char[] pw = "bench".toCharArray();
        SigningKey key = SigningKey.fromPkcs12(DevCertificates.pkcs12("Ủy ban nhân dân xã Bình Lư", "03390", pw), pw);
        OfficialDocument commune = Samples.communeReport(false, 24);
        OfficialDocument province = provinceRollup(100);

        StringBuilder out = new StringBuilder();
        out.append("# Documents benchmark\n\n").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
                .append(System.getProperty("java.version")).append("; one thread; ").append(WARMUP)
                .append(" warm-up runs, then ").append(RUNS).append(" measured.\n\n")
                .append("| document | pages | export ms (p50) | export + sign ms (p50) | p95 ms | signing overhead |\n")
                .append("|---|---:|---:|---:|---:|---:|\n");
        for (var c : List.of(new Case("commune report (8 parts, 2 annexes)", commune),
                new Case("province roll-up over 100 communes", province))) {
            byte[] last = null;
            List<Long> bare = time(() -> renderer.pdf(c.doc()).pdf());
            List<Long> signed = new ArrayList<>();
            for (int i = 0; i < WARMUP + RUNS; i++) {
                long s = System.nanoTime();
                RenderedPdf pdf = renderer.pdf(c.doc());
                last = signer.sign(pdf.pdf(), key, new PdfSigner.Stamp("Lò Văn Dũng", "Ủy ban nhân dân xã Bình Lư",
                        "Bình Lư", "bench", Instant.now()), new PdfSigner.Box(pdf.page(), pdf.x(), pdf.y(), pdf.width(), pdf.height()));
                if (i >= WARMUP) {
                    signed.add(System.nanoTime() - s);
                }
            }
            assertTrue(new SignatureVerifier().verify(last).signedAndUnaltered());
            int pages = org.apache.pdfbox.Loader.loadPDF(last).getNumberOfPages();
            double b = p(bare, 50);
            double sg = p(signed, 50);
            out.append(String.format(Locale.ROOT, "| %s | %d | %.0f | **%.0f** | %.0f | %.0f %% |%n", c.name(), pages, b, sg,
                    p(signed, 95), (sg - b) / b * 100));
        }
        System.out.println(out);
        Path file = Path.of("target/benchmark/documents.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    record Case(String name, OfficialDocument doc) {
    }

    private static List<Long> time(Supplier<byte[]> work) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long s = System.nanoTime();
            work.get();
            if (i >= WARMUP) {
                times.add(System.nanoTime() - s);
            }
        }
        return times;
    }

    /** A province report with its roll-up annex and one row per commune (2 columns) for 100 communes. */
    static OfficialDocument provinceRollup(int communes) {
        OfficialDocument base = Samples.communeReport(false, 24);
        List<OfficialDocument.Row> rows = new ArrayList<>();
        for (int i = 1; i <= communes; i++) {
            rows.add(new OfficialDocument.Row(String.valueOf(i), "Xã số " + i + " (cụm loa / cụm loa CNTT-VT)", "cụm",
                    List.of(String.valueOf(20 + i % 17), String.valueOf(i % 9))));
        }
        List<OfficialDocument.Annex> annexes = new ArrayList<>(base.annexes());
        annexes.add(new OfficialDocument.Annex("Phụ lục 03", "SỐ LIỆU CHI TIẾT CỦA CÁC XÃ", List.of("Tổng số", "CNTT-VT"), rows));
        return new OfficialDocument("ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU", "215/BC-UBND", "Lai Châu, ngày 20 tháng 10 năm 2025",
                "BÁO CÁO", base.title(), base.parts(), base.closing(), base.recipients(), "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
                "Tống Văn Thắng", annexes, false);
    }

    private static double p(List<Long> nanos, int pct) {
        List<Long> s = new ArrayList<>(nanos);
        Collections.sort(s);
        return s.get(Math.min(s.size() - 1, (int) Math.ceil(pct / 100.0 * s.size()) - 1)) / 1e6;
    }
}
