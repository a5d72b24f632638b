package vn.nguon.reports.document;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRPrintElement;
import net.sf.jasperreports.engine.JRPrintFrame;
import net.sf.jasperreports.engine.JRPrintPage;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders an {@link OfficialDocument} with the compiled templates: the document to PDF (body,
 * then the annexes on their own pages), the annexes alone to XLSX. Thread-safe; the compiled
 * templates are loaded once.
 */
public final class DocumentRenderer {

    static final String STAMP_KEY = "signature-stamp";

    private final JasperReport report = load("official-report.jasper");
    private final JasperReport annexes = load("annexes.jasper");

    private static JasperReport load(String name) {
        try (InputStream in = DocumentRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing: the build compiles src/main/jasperreports");
            }
            return (JasperReport) JRLoader.loadObject(in);
        } catch (Exception e) {
            throw new IllegalStateException("cannot load " + name, e);
        }
    }

    /** The whole document as PDF, with where the signature stamp goes. */
    public RenderedPdf pdf(OfficialDocument doc) {
        try {
            JasperPrint main = fillReport(doc);
            List<JasperPrint> prints = new ArrayList<>(List.of(main));
            if (!doc.annexes().isEmpty()) {
                prints.add(fillAnnexes(doc));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            JRPdfExporter exporter = new JRPdfExporter();
            exporter.setExporterInput(SimpleExporterInput.getInstance(prints));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimplePdfExporterConfiguration config = new SimplePdfExporterConfiguration();
            config.setMetadataTitle(doc.kind() + " " + doc.title());
            config.setMetadataAuthor(doc.issuer().replace('\n', ' '));
            config.setMetadataCreator("Nguồn — Hệ thống thông tin nguồn");
            config.setCreatingBatchModeBookmarks(false);
            exporter.setConfiguration(config);
            exporter.exportReport();
            return stamp(main, out.toByteArray());
        } catch (JRException e) {
            throw new IllegalStateException("cannot render " + doc.numberLine(), e);
        }
    }

    /** The annex tables as an Excel workbook (one sheet per annex). */
    public byte[] xlsx(OfficialDocument doc) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            JRXlsxExporter exporter = new JRXlsxExporter();
            List<JasperPrint> sheets = new ArrayList<>();
            for (OfficialDocument.Annex a : doc.annexes()) {
                sheets.add(fillAnnexes(doc, List.of(a)));
            }
            exporter.setExporterInput(SimpleExporterInput.getInstance(sheets));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            SimpleXlsxReportConfiguration config = new SimpleXlsxReportConfiguration();
            config.setOnePagePerSheet(false); // one sheet per annex (per input), however many pages
            config.setDetectCellType(true);
            config.setRemoveEmptySpaceBetweenRows(true);
            config.setWhitePageBackground(false);
            config.setSheetNames(doc.annexes().stream().map(OfficialDocument.Annex::heading).toArray(String[]::new));
            exporter.setConfiguration(config);
            exporter.exportReport();
            return out.toByteArray();
        } catch (JRException e) {
            throw new IllegalStateException("cannot export the annexes of " + doc.numberLine(), e);
        }
    }

    private JasperPrint fillReport(OfficialDocument doc) throws JRException {
        Map<String, Object> p = new HashMap<>(); // Jasper adds to it: must be mutable
        p.put("ISSUER", doc.issuer());
        p.put("NUMBER", doc.numberLine());
        p.put("PLACE_DATE", doc.placeAndDate());
        p.put("KIND", doc.kind());
        p.put("TITLE", doc.title());
        p.put("CLOSING", doc.closing());
        p.put("RECIPIENTS", String.join("\n", doc.recipients().stream().map(r -> "- " + r).toList()));
        p.put("AUTHORITY", doc.authority());
        p.put("SIGNER_NAME", doc.signerName());
        p.put("DRAFT", doc.draft());
        List<Map<String, ?>> rows = new ArrayList<>();
        for (OfficialDocument.Part part : doc.parts()) {
            Map<String, Object> row = new HashMap<>();
            row.put("heading", part.heading() == null || part.heading().isBlank() ? null : part.heading());
            row.put("text", part.text());
            rows.add(row);
        }
        return JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance()).fill(report, p, new JRMapCollectionDataSource(rows));
    }

    private JasperPrint fillAnnexes(OfficialDocument doc) throws JRException {
        return fillAnnexes(doc, doc.annexes());
    }

    private JasperPrint fillAnnexes(OfficialDocument doc, List<OfficialDocument.Annex> which) throws JRException {
        Map<String, Object> p = new HashMap<>();
        p.put("DRAFT", doc.draft());
        String subtitle = doc.number() == null || doc.number().isBlank() ? null
                : "(Kèm theo Báo cáo số " + doc.number() + ")";
        List<Map<String, ?>> rows = new ArrayList<>();
        for (OfficialDocument.Annex a : which) {
            for (OfficialDocument.Row r : a.rows()) {
                Map<String, Object> row = new HashMap<>();
                row.put("annexCode", a.heading());
                row.put("heading", a.heading().toUpperCase(java.util.Locale.forLanguageTag("vi")));
                row.put("title", a.title());
                row.put("subtitle", subtitle);
                row.put("col1", a.columns().get(0));
                row.put("col2", a.columns().size() > 1 ? a.columns().get(1) : null);
                row.put("twoColumns", a.columns().size() > 1);
                row.put("no", r.no());
                row.put("label", r.label());
                row.put("unit", r.unit());
                row.put("v1", r.values().isEmpty() ? null : r.values().get(0));
                row.put("v2", r.values().size() > 1 ? r.values().get(1) : null);
                rows.add(row);
            }
        }
        return JasperFillManager.getInstance(DefaultJasperReportsContext.getInstance()).fill(annexes, p, new JRMapCollectionDataSource(rows));
    }

    /** Finds the stamp box the template reserves in the signature block. */
    private static RenderedPdf stamp(JasperPrint print, byte[] pdf) {
        List<JRPrintPage> pages = print.getPages();
        for (int i = pages.size() - 1; i >= 0; i--) {
            float[] box = find(pages.get(i).getElements(), 0, 0);
            if (box != null) {
                float height = box[3];
                float y = print.getPageHeight() - box[1] - height;
                return new RenderedPdf(pdf, i, box[0], y, box[2], height);
            }
        }
        throw new IllegalStateException("the template has no element keyed " + STAMP_KEY);
    }

    private static float[] find(List<JRPrintElement> elements, int offsetX, int offsetY) {
        for (JRPrintElement e : elements) {
            if (STAMP_KEY.equals(e.getKey())) {
                return new float[]{offsetX + e.getX(), offsetY + e.getY(), e.getWidth(), e.getHeight()};
            }
            if (e instanceof JRPrintFrame frame) {
                float[] inner = find(frame.getElements(), offsetX + frame.getX() + frame.getLineBox().getLeftPadding(),
                        offsetY + frame.getY() + frame.getLineBox().getTopPadding());
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
