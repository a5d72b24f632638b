package vn.nguon.reports.signing;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Signs a PDF with a PAdES baseline-B signature ({@code ETSI.CAdES.detached}, SHA-256, the
 * signing-certificate-v2 attribute, no CMS signing time — the time is the signature dictionary's
 * /M), saved as an incremental update, with a visible stamp (signer, unit, time) in the box the
 * template reserved in the signature block. Thread-safe.
 */
public final class PdfSigner {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter STAMP_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss XXX").withZone(VIETNAM);
    private static final String FONT = "/vn/nguon/reports/fonts/LiberationSerif-Regular.ttf";
    private static final String FONT_BOLD = "/vn/nguon/reports/fonts/LiberationSerif-Bold.ttf";

    /**
     * The stamp's two fonts, parsed once and reused: reading and parsing both TrueType files for
     * every signature was about a third of the stamp's cost. A {@link TrueTypeFont} reads its
     * tables lazily and is not safe for concurrent use, so each signature borrows a pair for
     * itself (the pool grows to the number of signatures made at the same time).
     */
    private static final ConcurrentLinkedQueue<StampFonts> FONTS = new ConcurrentLinkedQueue<>();

    private record StampFonts(TrueTypeFont regular, TrueTypeFont bold) {

        static StampFonts borrow() throws IOException {
            StampFonts fonts = FONTS.poll();
            return fonts != null ? fonts : new StampFonts(parse(FontFiles.REGULAR), parse(FontFiles.BOLD));
        }

        void giveBack() {
            FONTS.offer(this);
        }

        private static TrueTypeFont parse(byte[] ttf) throws IOException {
            return new TTFParser().parse(new RandomAccessReadBuffer(ttf));
        }
    }

    /** The font files' bytes, read from the class path once. */
    private static final class FontFiles {
        static final byte[] REGULAR = read(FONT);
        static final byte[] BOLD = read(FONT_BOLD);

        private static byte[] read(String resource) {
            try (InputStream in = PdfSigner.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("font " + resource + " is missing");
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Who signs, for whom, when, where: shown in the stamp and the signature dictionary. */
    public record Stamp(String signer, String unit, String location, String reason, Instant at) {
    }

    /** Where the stamp goes: page (0-based) and box in PDF user space. */
    public record Box(int page, float x, float y, float width, float height) {
    }

    public byte[] sign(byte[] pdf, SigningKey key, Stamp stamp, Box box) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(COSName.getPDFName("ETSI.CAdES.detached"));
            signature.setName(stamp.signer());
            signature.setLocation(stamp.location());
            signature.setReason(stamp.reason());
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone(VIETNAM));
            when.setTimeInMillis(stamp.at().toEpochMilli());
            signature.setSignDate(when);

            try (SignatureOptions options = new SignatureOptions()) {
                options.setVisualSignature(appearance(doc, stamp, box));
                options.setPage(box.page());
                options.setPreferredSignatureSize(SignatureOptions.DEFAULT_SIGNATURE_SIZE * 2);
                doc.addSignature(signature, content -> cms(content.readAllBytes(), key), options);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 40_000);
                doc.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot sign the PDF: " + e.getMessage(), e);
        }
    }

    /** The CMS SignedData over the signed byte ranges, as PAdES baseline B wants it. */
    static byte[] cms(byte[] content, SigningKey key) throws IOException {
        try {
            ContentSigner signer = new JcaContentSignerBuilder(
                    key.key().getAlgorithm().equals("EC") ? "SHA256withECDSA" : "SHA256withRSA").build(key.key());
            byte[] certHash = MessageDigest.getInstance("SHA-256").digest(key.certificate().getEncoded());
            ESSCertIDv2 certId = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), certHash);
            ASN1EncodableVector attrs = new ASN1EncodableVector();
            attrs.add(new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                    new DERSet(new SigningCertificateV2(new ESSCertIDv2[]{certId}))));
            DefaultSignedAttributeTableGenerator signedAttributes = new DefaultSignedAttributeTableGenerator(new AttributeTable(attrs)) {
                @Override
                @SuppressWarnings({"rawtypes", "unchecked"})
                protected Hashtable createStandardAttributeTable(Map parameters) {
                    Hashtable table = super.createStandardAttributeTable(parameters);
                    table.remove(CMSAttributes.signingTime); // PAdES: the time is in the signature dictionary
                    return table;
                }
            };
            CMSSignedDataGenerator gen = new CMSSignedDataGenerator();
            gen.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(signedAttributes)
                    .build(signer, key.certificate()));
            gen.addCertificates(new JcaCertStore(Arrays.asList(key.chain())));
            return gen.generate(new CMSProcessableByteArray(content), false).getEncoded();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot make the CMS signature: " + e.getMessage(), e);
        }
    }

    /** A one-page template document holding the signature field and its visible appearance. */
    private static InputStream appearance(PDDocument source, Stamp stamp, Box box) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(source.getPage(box.page()).getMediaBox());
            doc.addPage(page);
            PDAcroForm form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
            PDSignatureField field = new PDSignatureField(form);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            form.setSignaturesExist(true);
            form.setAppendOnly(true);
            form.getCOSObject().setDirect(true);
            form.getFields().add(field);
            PDRectangle rect = new PDRectangle(box.x(), box.y(), box.width(), box.height());
            widget.setRectangle(rect);
            widget.setPage(page);

            PDFormXObject xobject = new PDFormXObject(new PDStream(doc));
            xobject.setResources(new PDResources());
            xobject.setFormType(1);
            xobject.setBBox(new PDRectangle(box.width(), box.height()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(xobject.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);

            StampFonts fonts = StampFonts.borrow();
            try {
                // subsets: only the stamp's glyphs are embedded, read from the borrowed fonts when saving below
                PDType0Font regular = PDType0Font.load(doc, fonts.regular(), true);
                PDType0Font bold = PDType0Font.load(doc, fonts.bold(), true);
                try (PDPageContentStream cs = new PDPageContentStream(doc, stream)) {
                    cs.setStrokingColor(0.72f, 0.11f, 0.11f);
                    cs.setLineWidth(1.2f);
                    cs.addRect(1, 1, box.width() - 2, box.height() - 2);
                    cs.stroke();
                    List<String[]> lines = List.of(
                            new String[]{"Đã ký số bởi: ", stamp.signer()},
                            new String[]{"Đơn vị: ", stamp.unit()},
                            new String[]{"Thời gian: ", STAMP_TIME.format(stamp.at())});
                    float size = 8.5f;
                    float y = box.height() - 16;
                    cs.setNonStrokingColor(0.72f, 0.11f, 0.11f);
                    for (String[] line : lines) {
                        cs.beginText();
                        cs.setFont(bold, size);
                        cs.newLineAtOffset(6, y);
                        cs.showText(line[0]);
                        cs.setFont(regular, size);
                        cs.showText(fit(regular, size, line[1], box.width() - 12 - bold.getStringWidth(line[0]) / 1000 * size));
                        cs.endText();
                        y -= 17;
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return new ByteArrayInputStream(out.toByteArray());
            } finally {
                fonts.giveBack();
            }
        }
    }

    /** Shortens a text with "…" until it fits the width. */
    private static String fit(PDType0Font font, float size, String text, float width) throws IOException {
        String t = text == null ? "" : text;
        while (t.length() > 1 && font.getStringWidth(t) / 1000 * size > width) {
            t = t.substring(0, t.length() - 2) + "…";
        }
        return t;
    }
}
