package vn.nguon.documents.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.documents.domain.SignedDocument;
import vn.nguon.documents.domain.SignedDocumentRepository;
import vn.nguon.identity.application.CallerService;
import vn.nguon.identity.domain.Role;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.reporting.application.ReportQueries;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The official documents a caller may download: a report's signed documents (to whoever may read
 * the report), each exactly as stored at signing, and an unsigned preview of a draft.
 */
@Stateless
@RolesAllowed({Role.Names.COMMUNE_OFFICER, Role.Names.COMMUNE_LEADER, Role.Names.PROVINCE_OFFICER,
        Role.Names.PROVINCE_LEADER, Role.Names.MINISTRY_OFFICER, Role.Names.MINISTRY_LEADER})
public class DocumentQueries {

    /** A signed official document of a report (the bytes are fetched separately). */
    public record DocumentEntry(long id, long reportId, int revision, String unitCode, String documentNumber,
                                String signerName, Instant signedAt, String sha256, boolean hasAnnexes) {
    }

    /** A file to download: its name, media type and bytes, exactly as stored. */
    public record DocumentFile(String fileName, String mediaType, byte[] bytes) {
    }

    @Inject
    CallerService callers;

    @Inject
    OrgUnitRepository units;

    @Inject
    ReportQueries reports;

    @Inject
    SignedDocumentRepository documents;

    @Inject
    DocumentService documentService;

    Clock clock = Clock.systemUTC();

    /** The signed documents of a report, newest revision first. */
    public List<DocumentEntry> ofReport(long reportId) {
        reports.readable(reportId);
        return documents.ofReport(reportId).stream().map(DocumentQueries::entry).toList();
    }

    /** A signed document's PDF or its annexes' XLSX, exactly as stored at signing. */
    public DocumentFile file(long documentId, boolean annexes) {
        SignedDocument d = documents.find(documentId)
                .orElseThrow(() -> new TransitionRefusedException(TransitionRefusedException.INVALID, "no document " + documentId));
        var caller = callers.current();
        if (!units.find(d.unitCode()).map(caller::oversees).orElse(false)) {
            throw new AccessRefusedException(caller.username() + " (" + caller.unit().code()
                    + ") may not read the documents of " + d.unitCode());
        }
        String base = d.documentNumber().replace('/', '-');
        if (annexes) {
            byte[] xlsx = d.xlsx();
            if (xlsx == null) {
                throw new TransitionRefusedException(TransitionRefusedException.INVALID, "document " + documentId + " has no annexes");
            }
            return new DocumentFile(base + "-phu-luc.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
        }
        return new DocumentFile(base + ".pdf", "application/pdf", d.pdf());
    }

    /** A signed statement of a unit (a document that is not a report's). */
    public record StatementEntry(long id, String title, String documentNumber, String signerName, Instant signedAt) implements java.io.Serializable {
    }

    /** The statements a unit signed (its dashboard's "Báo cáo tình hình thực hiện mục tiêu"), newest first; the unit must be the caller's or below. */
    public List<StatementEntry> statements(String unitCode) {
        var caller = callers.current();
        if (!units.find(unitCode).map(caller::oversees).orElse(false)) {
            throw new AccessRefusedException(caller.username() + " may not read the documents of " + unitCode);
        }
        return documents.statements(unitCode).stream()
                .map(d -> new StatementEntry(d.id(), d.title(), d.documentNumber(), d.signerName(), d.signedAt())).toList();
    }

    /** An unsigned preview ("BẢN NHÁP") of the report as it stands. */
    public DocumentFile preview(long reportId) {
        ReportQueries.ReadableReport r = reports.readable(reportId);
        byte[] pdf = documentService.preview(r.report(), r.template(), r.unit(), clock.instant());
        return new DocumentFile("ban-nhap-" + r.unit().code() + "-" + r.report().period().id() + ".pdf",
                "application/pdf", pdf);
    }

    private static DocumentEntry entry(SignedDocument d) {
        return new DocumentEntry(d.id(), d.reportId(), d.revision(), d.unitCode(), d.documentNumber(), d.signerName(),
                d.signedAt(), d.sha256(), d.xlsx() != null);
    }
}
