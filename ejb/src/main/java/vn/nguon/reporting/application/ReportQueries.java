package vn.nguon.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.audit.application.AuditLog;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.application.CallerService;
import vn.nguon.identity.domain.Role;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.reporting.domain.Report;
import vn.nguon.reporting.domain.ReportRepository;
import vn.nguon.reporting.domain.ReportTemplate;
import vn.nguon.reporting.domain.ReportRepository.BoardRow;
import vn.nguon.reporting.domain.ReportStatus;
import vn.nguon.reporting.domain.ReportSubmission;
import vn.nguon.reporting.domain.ReportingPeriod;
import vn.nguon.reporting.domain.Rollup;
import vn.nguon.reporting.domain.SubmissionDiff;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.reporting.infrastructure.TemplateCatalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.audit.application.TimelineEntry;
import vn.nguon.reporting.infrastructure.DocumentNumbers;

/** Read side of reporting: completeness board, roll-up, timeline, diff. Every query is scoped to the caller's unit. */
@Stateless
@RolesAllowed({Role.Names.COMMUNE_OFFICER, Role.Names.COMMUNE_LEADER, Role.Names.PROVINCE_OFFICER,
        Role.Names.PROVINCE_LEADER, Role.Names.MINISTRY_OFFICER, Role.Names.MINISTRY_LEADER})
public class ReportQueries {

    /** A lower unit on the board: state of its report, revision, days late. */
    public record BoardEntry(String unitCode, String unitName, Long reportId, String state, Integer revision,
                             long daysLate, Instant updatedAt, Long documentId) implements java.io.Serializable {
    }

    /**
     * The roll-up for one unit: per field the combined value and each lower unit's value (by unit
     * code; {@code unitNames} names them); which lower units are accepted, missing, returned, late.
     */
    public record RollupView(String unitCode, Map<String, Rollup.Cell> cells, List<String> accepted,
                             List<String> missing, List<String> returned, List<String> late,
                             Map<String, String> unitNames) implements java.io.Serializable {
    }

    /** A report the caller may read, with what rendering it needs: its template and its unit. */
    public record ReadableReport(Report report, ReportTemplate template, OrgUnit unit) {
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
    DocumentNumbers numbers;

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
        return new RollupView(unit.code(), rollups.cells(period, unit),
                board.stream().filter(b -> b.state().equals("ACCEPTED")).map(BoardEntry::unitCode).toList(),
                board.stream().filter(b -> b.state().equals("MISSING")).map(BoardEntry::unitCode).toList(),
                board.stream().filter(b -> b.state().equals("RETURNED")).map(BoardEntry::unitCode).toList(),
                board.stream().filter(b -> b.daysLate() > 0).map(BoardEntry::unitCode).toList(),
                board.stream().collect(java.util.stream.Collectors.toMap(BoardEntry::unitCode, BoardEntry::unitName,
                        (a, b) -> a, java.util.LinkedHashMap::new)));
    }

    /** What changed in the latest submission against the one before (empty for a first submission). */
    public List<SubmissionDiff.Change> diff(long reportId) {
        var r = reports.find(reportId).orElseThrow(() -> new TransitionRefusedException(TransitionRefusedException.INVALID, "no report"));
        readable(r.unitCode());
        List<ReportSubmission> subs = reports.submissions(reportId);
        if (subs.size() < 2) {
            return List.of();
        }
        return SubmissionDiff.between(templates.get(r.period().templateId()), subs.get(1).values(), subs.get(0).values());
    }

    public List<TimelineEntry> timeline(long reportId) {
        var r = reports.find(reportId).orElseThrow(() -> new TransitionRefusedException(TransitionRefusedException.INVALID, "no report"));
        readable(r.unitCode());
        return audit.timeline(ReportService.SUBJECT, String.valueOf(reportId));
    }

    /** The report, if the caller may read it (for the documents feature's downloads and preview). */
    public ReadableReport readable(long reportId) {
        var r = reports.find(reportId).orElseThrow(() -> new TransitionRefusedException(TransitionRefusedException.INVALID, "no report"));
        return new ReadableReport(r, templates.get(r.period().templateId()), readable(r.unitCode()));
    }

    /**
     * The number a signature of the report would take now ("150/BC-UBND"), to tell the leader
     * before they sign; another signature in the unit may take it first.
     */
    public String nextNumber(long reportId) {
        var r = reports.find(reportId).orElseThrow(() -> new TransitionRefusedException(TransitionRefusedException.INVALID, "no report"));
        OrgUnit unit = readable(r.unitCode());
        int year = LocalDate.ofInstant(clock.instant(), ReportService.VIETNAM).getYear();
        return numbers.peek(unit.code(), year) + "/" + ReportService.symbol(unit);
    }

    /** The latest save of a report (who and when), to tell a refused editor who saved before them. */
    public TimelineEntry lastSave(long reportId) {
        List<TimelineEntry> saves = timeline(reportId).stream().filter(e -> e.action().equals("save")).toList();
        return saves.isEmpty() ? null : saves.get(saves.size() - 1);
    }

    private OrgUnit readable(String unitCode) {
        Caller caller = callers.current();
        OrgUnit unit = units.find(unitCode).orElseThrow(() -> new AccessRefusedException("unknown unit " + unitCode));
        ReportAccess.Permission.READ.require(caller, unit);
        return unit;
    }

    private ReportingPeriod period(long id) {
        return reports.period(id).orElseThrow(() -> new TransitionRefusedException(TransitionRefusedException.INVALID, "no period " + id));
    }
}
