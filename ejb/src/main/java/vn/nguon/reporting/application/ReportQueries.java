package vn.nguon.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.audit.application.AuditLog;
import vn.nguon.documents.application.DocumentService;
import vn.nguon.documents.domain.SignedDocument;
import vn.nguon.documents.domain.SignedDocumentRepository;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.application.CallerService;
import vn.nguon.identity.domain.Role;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.reporting.domain.ReportRepository;
import vn.nguon.reporting.domain.ReportRepository.BoardRow;
import vn.nguon.reporting.domain.ReportStatus;
import vn.nguon.reporting.domain.ReportSubmission;
import vn.nguon.reporting.domain.ReportingPeriod;
import vn.nguon.reporting.domain.Rollup;
import vn.nguon.reporting.domain.SubmissionDiff;
import vn.nguon.reporting.domain.WorkflowException;
import vn.nguon.reporting.infrastructure.TemplateCatalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Read side of reporting: completeness board, roll-up, timeline, diff. Every query is scoped to the caller's unit. */
@Stateless
@RolesAllowed({Role.Names.COMMUNE_OFFICER, Role.Names.COMMUNE_LEADER, Role.Names.PROVINCE_OFFICER,
        Role.Names.PROVINCE_LEADER, Role.Names.MINISTRY_OFFICER, Role.Names.MINISTRY_LEADER})
public class ReportQueries {

    /** A lower unit on the board: state of its report, revision, days late. */
    public record BoardEntry(String unitCode, String unitName, Long reportId, String state, Integer revision,
                             long daysLate, Instant updatedAt, Long documentId) {
    }

    /**
     * The roll-up for one unit: per field the combined value and each lower unit's value (by unit
     * code; {@code unitNames} names them); which lower units are accepted, missing, returned, late.
     */
    public record RollupView(String unitCode, Map<String, Rollup.Cell> cells, List<String> accepted,
                             List<String> missing, List<String> returned, List<String> late,
                             Map<String, String> unitNames) {
    }

    /** A signed official document of a report (the bytes are fetched separately). */
    public record DocumentEntry(long id, long reportId, int revision, String unitCode, String documentNumber,
                                String signerName, Instant signedAt, String sha256, boolean hasAnnexes) {
    }

    /** A file to download: its name, media type and bytes, exactly as stored. */
    public record DocumentFile(String fileName, String mediaType, byte[] bytes) {
    }

    public record TimelineEntry(Instant at, String actor, String roles, String unit, String action, String from,
                                String to, String comment) {
        public static TimelineEntry of(vn.nguon.audit.domain.AuditEvent e) {
            return new TimelineEntry(e.occurredAt(), e.actor(), e.actorRoles(), e.actorUnit(), e.action(),
                    e.fromState(), e.toState(), e.comment());
        }
    }

    @Inject
    CallerService callers;

    @Inject
    ReportRepository reports;

    @Inject
    OrgUnitRepository units;

    @Inject
    TemplateCatalog templates;

    @Inject
    AuditLog audit;

    @Inject
    RollupCalculator rollups;

    @Inject
    SignedDocumentRepository documents;

    @Inject
    DocumentService documentService;

    Clock clock = Clock.systemUTC();

    public List<ReportingPeriod> periods() {
        return reports.periods();
    }

    /** The lower units of {@code unitCode} (the caller's unit or one below it) and their reports. */
    public List<BoardEntry> board(long periodId, String unitCode) {
        return entries(period(periodId), readable(unitCode));
    }

    private List<BoardEntry> entries(ReportingPeriod period, OrgUnit unit) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ReportService.VIETNAM);
        return reports.board(period.id(), unit.code()).stream().map(row -> entry(period, unit, row, today)).toList();
    }

    private static BoardEntry entry(ReportingPeriod period, OrgUnit parent, BoardRow row, LocalDate today) {
        boolean sent = row.status() == ReportStatus.SUBMITTED || row.status() == ReportStatus.ACCEPTED;
        LocalDate sentDay = sent && row.submittedAt() != null
                ? LocalDate.ofInstant(row.submittedAt(), ReportService.VIETNAM) : today;
        long late = period.daysLate(parent.level().child(), sentDay);
        return new BoardEntry(row.unitCode(), row.unitName(), row.reportId(),
                row.status() == null ? "MISSING" : row.status().name(), row.revision(), late, row.updatedAt(),
                row.documentId());
    }

    public RollupView rollup(long periodId, String unitCode) {
        OrgUnit unit = readable(unitCode);
        ReportingPeriod period = period(periodId);
        List<BoardEntry> board = entries(period, unit);
        return new RollupView(unit.code(), rollups.cells(period, unit.code()),
                board.stream().filter(b -> b.state().equals("ACCEPTED")).map(BoardEntry::unitCode).toList(),
                board.stream().filter(b -> b.state().equals("MISSING")).map(BoardEntry::unitCode).toList(),
                board.stream().filter(b -> b.state().equals("RETURNED")).map(BoardEntry::unitCode).toList(),
                board.stream().filter(b -> b.daysLate() > 0).map(BoardEntry::unitCode).toList(),
                board.stream().collect(java.util.stream.Collectors.toMap(BoardEntry::unitCode, BoardEntry::unitName,
                        (a, b) -> a, java.util.LinkedHashMap::new)));
    }

    /** What changed in the latest submission against the one before (empty for a first submission). */
    public List<SubmissionDiff.Change> diff(long reportId) {
        var r = reports.find(reportId).orElseThrow(() -> new WorkflowException(WorkflowException.INVALID, "no report"));
        readable(r.unitCode());
        List<ReportSubmission> subs = reports.submissions(reportId);
        if (subs.size() < 2) {
            return List.of();
        }
        return SubmissionDiff.between(templates.get(r.period().templateId()), subs.get(1).values(), subs.get(0).values());
    }

    public List<TimelineEntry> timeline(long reportId) {
        var r = reports.find(reportId).orElseThrow(() -> new WorkflowException(WorkflowException.INVALID, "no report"));
        readable(r.unitCode());
        return audit.timeline(ReportService.SUBJECT, String.valueOf(reportId)).stream()
                .map(TimelineEntry::of).toList();
    }

    /** The signed documents of a report, newest revision first. */
    public List<DocumentEntry> documents(long reportId) {
        var r = reports.find(reportId).orElseThrow(() -> new WorkflowException(WorkflowException.INVALID, "no report"));
        readable(r.unitCode());
        return documents.ofReport(reportId).stream().map(ReportQueries::entry).toList();
    }

    /** A signed document's PDF or its annexes' XLSX, exactly as stored at signing. */
    public DocumentFile documentFile(long documentId, boolean annexes) {
        SignedDocument d = documents.find(documentId)
                .orElseThrow(() -> new WorkflowException(WorkflowException.INVALID, "no document " + documentId));
        readable(d.unitCode());
        String base = d.documentNumber().replace('/', '-');
        if (annexes) {
            byte[] xlsx = d.xlsx();
            if (xlsx == null) {
                throw new WorkflowException(WorkflowException.INVALID, "document " + documentId + " has no annexes");
            }
            return new DocumentFile(base + "-phu-luc.xlsx",
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx);
        }
        return new DocumentFile(base + ".pdf", "application/pdf", d.pdf());
    }

    /** An unsigned preview ("BẢN NHÁP") of the report as it stands. */
    public DocumentFile preview(long reportId) {
        var r = reports.find(reportId).orElseThrow(() -> new WorkflowException(WorkflowException.INVALID, "no report"));
        OrgUnit unit = readable(r.unitCode());
        byte[] pdf = documentService.preview(r, templates.get(r.period().templateId()), unit, clock.instant());
        return new DocumentFile("ban-nhap-" + r.unitCode() + "-" + r.period().id() + ".pdf", "application/pdf", pdf);
    }

    private static DocumentEntry entry(SignedDocument d) {
        return new DocumentEntry(d.id(), d.reportId(), d.revision(), d.unitCode(), d.documentNumber(), d.signerName(),
                d.signedAt(), d.sha256(), d.xlsx() != null);
    }

    /** The latest save of a report (who and when), to tell a refused editor who saved before them. */
    public TimelineEntry lastSave(long reportId) {
        List<TimelineEntry> saves = timeline(reportId).stream().filter(e -> e.action().equals("save")).toList();
        return saves.isEmpty() ? null : saves.get(saves.size() - 1);
    }

    private OrgUnit readable(String unitCode) {
        Caller caller = callers.current();
        OrgUnit unit = units.find(unitCode).orElseThrow(() -> new AccessRefusedException("unknown unit " + unitCode));
        ReportAccess.requireRead(caller, unit);
        return unit;
    }

    private ReportingPeriod period(long id) {
        return reports.period(id).orElseThrow(() -> new WorkflowException(WorkflowException.INVALID, "no period " + id));
    }
}
