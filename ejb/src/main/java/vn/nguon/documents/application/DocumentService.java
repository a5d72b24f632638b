package vn.nguon.documents.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.documents.domain.SignedDocument;
import vn.nguon.documents.domain.SignedDocumentRepository;
import vn.nguon.documents.infrastructure.SigningKeys;
import vn.nguon.identity.application.Caller;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.reporting.domain.Report;
import vn.nguon.reporting.domain.ReportTemplate;
import vn.nguon.reports.document.DocumentRenderer;
import vn.nguon.reports.document.OfficialDocument;
import vn.nguon.reports.document.RenderedPdf;
import vn.nguon.reports.signing.PdfSigner;
import vn.nguon.reports.signing.SignatureVerifier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Issues the official document of a report at its signature — rendered, signed with the unit's
 * key, stored once with its SHA-256 — and checks uploaded PDFs against the store. Runs inside the
 * caller's transaction: a failure here rolls the signature (and its number) back. Access is the
 * callers' business (the reporting services check it before calling).
 */
@Stateless
public class DocumentService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DocumentRenderer RENDERER = new DocumentRenderer();
    private static final PdfSigner SIGNER = new PdfSigner();

    @Inject
    SigningKeys keys;

    @Inject
    SignedDocumentRepository documents;

    /** Renders, signs and stores the document of a report that has just been signed. */
    public SignedDocument issue(Report report, ReportTemplate template, OrgUnit unit, Caller signer, Instant at) {
        OfficialDocument doc = ReportDocuments.compose(template, report.values(), report.period().name(), unit,
                report.documentNumber(), LocalDate.ofInstant(at, VIETNAM), signer.displayName(), signer.position(), false);
        RenderedPdf pdf = RENDERER.pdf(doc);
        String issuer = ReportDocuments.issuerName(unit);
        byte[] signed = SIGNER.sign(pdf.pdf(), keys.of(unit.code(), issuer),
                new PdfSigner.Stamp(signer.displayName(), issuer, ReportDocuments.place(unit),
                        "Ký ban hành báo cáo số " + report.documentNumber(), at),
                new PdfSigner.Box(pdf.page(), pdf.x(), pdf.y(), pdf.width(), pdf.height()));
        byte[] xlsx = doc.annexes().isEmpty() ? null : RENDERER.xlsx(doc);
        SignedDocument stored = new SignedDocument(report.id(), report.revision(), unit.code(), report.documentNumber(),
                signer.username(), signer.displayName(), at, signed, xlsx);
        documents.add(stored);
        return stored;
    }

    @Inject
    vn.nguon.reporting.infrastructure.DocumentNumbers numbers;

    /**
     * Numbers, renders, signs and stores a unit's statement (a document that is not a report's) signed by
     * {@code signer} for the unit: its number is the unit's next of the year, like a report's.
     */
    public SignedDocument issueStatement(Statement s, OrgUnit unit, Caller signer, Instant at) {
        LocalDate date = LocalDate.ofInstant(at, VIETNAM);
        String number = numbers.next(unit.code(), date.getYear()) + "/" + vn.nguon.reporting.application.ReportService.symbol(unit);
        List<OfficialDocument.Annex> annexes = new java.util.ArrayList<>();
        int i = 0;
        for (Statement.Table t : s.tables()) {
            int no = 0;
            List<OfficialDocument.Row> rows = new java.util.ArrayList<>();
            for (Statement.Row r : t.rows()) {
                rows.add(new OfficialDocument.Row(String.valueOf(++no), r.label(), r.unit(), r.values()));
            }
            annexes.add(new OfficialDocument.Annex(ReportDocuments.annexHeading("", ++i), t.title(), t.columns(), rows));
        }
        OfficialDocument doc = ReportDocuments.statement(s.title(), s.parts().stream()
                        .map(p -> new OfficialDocument.Part(p.heading(), p.text())).toList(), annexes, unit, number, date,
                signer.displayName(), signer.position());
        RenderedPdf pdf = RENDERER.pdf(doc);
        String issuer = ReportDocuments.issuerName(unit);
        byte[] signed = SIGNER.sign(pdf.pdf(), keys.of(unit.code(), issuer),
                new PdfSigner.Stamp(signer.displayName(), issuer, ReportDocuments.place(unit), "Ký ban hành văn bản số " + number, at),
                new PdfSigner.Box(pdf.page(), pdf.x(), pdf.y(), pdf.width(), pdf.height()));
        SignedDocument stored = SignedDocument.statement(s.title(), unit.code(), number, signer.username(), signer.displayName(), at,
                signed, annexes.isEmpty() ? null : RENDERER.xlsx(doc));
        documents.add(stored);
        return stored;
    }

    /** An unsigned preview of a report as it stands, watermarked "BẢN NHÁP". */
    public byte[] preview(Report report, ReportTemplate template, OrgUnit unit, Instant at) {
        OfficialDocument doc = ReportDocuments.compose(template, report.values(), report.period().name(), unit,
                report.documentNumber(), LocalDate.ofInstant(at, VIETNAM), "", null, true);
        return RENDERER.pdf(doc).pdf();
    }

    /** What an uploaded PDF is: one of ours exactly as issued, one of ours altered, or not ours. */
    public Verification verify(byte[] pdf) {
        Optional<SignedDocument> exact = documents.bySha256(SignedDocument.sha256(pdf));
        if (exact.isPresent()) {
            return Verification.authentic(exact.get());
        }
        SignatureVerifier.Result check = new SignatureVerifier().verify(pdf);
        if (!check.readable()) {
            return Verification.notAPdf();
        }
        boolean looksOurs = check.signatures().stream().anyMatch(s -> s.subject() == null || s.subject().contains("OU=Nguồn"));
        return check.signatures().isEmpty() ? Verification.unsigned()
                : check.signedAndUnaltered() && !looksOurs ? Verification.unknown() : Verification.altered();
    }
}
