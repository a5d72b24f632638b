package vn.nguon.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.audit.application.AuditLog;
import vn.nguon.documents.application.DocumentService;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.application.CallerService;
import vn.nguon.identity.domain.Role;
import vn.nguon.notification.application.InboxService;
import vn.nguon.notification.domain.Notification;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.org.domain.UnitLevel;
import vn.nguon.reporting.domain.Report;
import vn.nguon.reporting.domain.ReportRepository;
import vn.nguon.reporting.domain.ReportStatus;
import vn.nguon.reporting.domain.ReportSubmission;
import vn.nguon.reporting.domain.ReportTemplate;
import vn.nguon.reporting.domain.ReportTransition;
import vn.nguon.reporting.domain.ReportValidator;
import vn.nguon.reporting.domain.ReportingPeriod;
import vn.nguon.reporting.domain.Rollup;
import vn.nguon.reporting.domain.Violation;
import vn.nguon.reporting.domain.WorkflowException;
import vn.nguon.reporting.infrastructure.DocumentNumbers;
import vn.nguon.reporting.infrastructure.TemplateCatalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The reporting workflow, one transaction per step: every step checks the caller's role and unit
 * (not only the menu), applies the report's verb, writes the audit event and, where someone
 * must act next, a notification to that unit's inbox.
 */
@Stateless
@RolesAllowed({Role.Names.COMMUNE_OFFICER, Role.Names.COMMUNE_LEADER, Role.Names.PROVINCE_OFFICER,
        Role.Names.PROVINCE_LEADER, Role.Names.MINISTRY_OFFICER, Role.Names.MINISTRY_LEADER})
public class ReportService {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String SUBJECT = "report";

    @Inject
    CallerService callers;

    @Inject
    ReportRepository reports;

    @Inject
    OrgUnitRepository units;

    @Inject
    TemplateCatalog templates;

    @Inject
    RollupCalculator rollups;

    @Inject
    DocumentNumbers numbers;

    @Inject
    AuditLog audit;

    @Inject
    InboxService inbox;

    @Inject
    DocumentService documents;

    Clock clock = Clock.systemUTC();

    // --- periods (ministry) -------------------------------------------------------------------

    @RolesAllowed({Role.Names.MINISTRY_OFFICER, Role.Names.MINISTRY_LEADER})
    public long openPeriod(String name, String templateId, LocalDate cutoff, LocalDate dueCommune,
                           LocalDate dueProvince, LocalDate dueMinistry) {
        Caller caller = callers.current();
        ReportTemplate template = templates.find(templateId)
                .orElseThrow(() -> new WorkflowException(WorkflowException.INVALID, "no template " + templateId));
        ReportingPeriod period;
        try {
            period = new ReportingPeriod(name, template, cutoff, dueCommune, dueProvince, dueMinistry,
                    caller.username(), now());
        } catch (IllegalArgumentException e) {
            throw new ValidationFailedException(List.of(Violation.of("period", e.getMessage())));
        }
        reports.add(period);
        audit.record(caller, "period", String.valueOf(period.id()), "open", null, "OPEN", name, now());
        return period.id();
    }

    @RolesAllowed({Role.Names.MINISTRY_OFFICER, Role.Names.MINISTRY_LEADER})
    public void closePeriod(long periodId) {
        Caller caller = callers.current();
        ReportingPeriod period = period(periodId);
        period.close(now());
        audit.record(caller, "period", String.valueOf(periodId), "close", "OPEN", "CLOSED", null, now());
    }

    // --- the caller's own report ----------------------------------------------------------------

    /** The caller unit's report for the period, started now if needed (pre-filled from the roll-up above communes). */
    public ReportView own(long periodId) {
        Caller caller = callers.current();
        OrgUnit unit = unit(caller.unit().code());
        Report report = reports.find(periodId, unit.code()).orElseGet(() -> {
            ReportingPeriod period = period(periodId);
            period.requireOpen();
            ReportAccess.requireEdit(caller, unit);
            Map<String, String> initial = unit.level() == UnitLevel.COMMUNE ? Map.of()
                    : Rollup.values(rollups.cells(period, unit.code()));
            Report r = new Report(period, unit.code(), initial, caller.username(), now());
            reports.add(r);
            audit.record(caller, SUBJECT, key(r), "create", null, ReportStatus.DRAFT.name(), null, now());
            return r;
        });
        return ReportView.of(report, unit, caller);
    }

    public ReportView view(long reportId) {
        Target t = target(reportId);
        Caller caller = t.caller();
        Report r = t.report();
        OrgUnit unit = t.unit();
        ReportAccess.requireRead(caller, unit);
        return ReportView.of(r, unit, caller);
    }

    /**
     * Saves a draft. Refused when someone else saved since {@code expectedVersion} was read
     * (optimistic locking), or when a value is not valid for its field.
     *
     * @return the saved report, with its new version
     */
    public ReportView save(long reportId, long expectedVersion, Map<String, String> values) {
        Target t = target(reportId);
        Caller caller = t.caller();
        Report r = t.report();
        OrgUnit unit = t.unit();
        ReportAccess.requireEdit(caller, unit);
        r.period().requireOpen();
        if (r.version() != expectedVersion) {
            throw new WorkflowException(WorkflowException.STALE,
                    "report " + reportId + " is at version " + r.version() + ", not " + expectedVersion);
        }
        List<Violation> violations = ReportValidator.validate(template(r), values, ReportValidator.Mode.DRAFT);
        if (!violations.isEmpty()) {
            throw new ValidationFailedException(violations);
        }
        ReportTransition revised = r.edit(values, caller.username(), now());
        if (revised != null) {
            audit(caller, r, revised);
        }
        audit.record(caller, SUBJECT, key(r), "save", r.status().name(), r.status().name(), null, now());
        reports.flush();
        return ReportView.of(r, unit, caller);
    }

    /**
     * The leader signs: the report must be complete; the unit's next document number is assigned
     * and the official document is issued (rendered, digitally signed, stored).
     */
    public ReportView sign(long reportId) {
        Target t = target(reportId);
        Caller caller = t.caller();
        Report r = t.report();
        OrgUnit unit = t.unit();
        ReportAccess.requireSign(caller, unit);
        r.period().requireOpen();
        List<Violation> violations = ReportValidator.validate(template(r), r.values(), ReportValidator.Mode.COMPLETE);
        if (!violations.isEmpty()) {
            throw new ValidationFailedException(violations);
        }
        Instant at = now();
        int year = LocalDate.ofInstant(at, VIETNAM).getYear();
        // a refused sign() below rolls the transaction back, and the number with it
        String number = numbers.next(unit.code(), year) + "/" + symbol(unit);
        audit(caller, r, r.sign(caller.username(), number, at), at);
        // the official document is rendered, signed and stored in the same transaction: no number without it
        documents.issue(r, template(r), unit, caller, at);
        return ReportView.of(r, unit, caller);
    }

    /** The leader sends the signed report up; the exact values are kept as an immutable submission. */
    public ReportView submit(long reportId) {
        Target t = target(reportId);
        Caller caller = t.caller();
        Report r = t.report();
        OrgUnit unit = t.unit();
        ReportAccess.requireSign(caller, unit);
        r.period().requireOpen();
        audit(caller, r, r.submit(caller.username(), now()));
        reports.add(new ReportSubmission(r, caller.username(), now()));
        if (unit.parent() != null) {
            notify(unit.parent().code(), "Báo cáo mới của " + unit.fullName(),
                    unit.fullName() + " đã gửi báo cáo \"" + r.period().name() + "\" (số " + r.documentNumber() + ").", r);
        }
        return ReportView.of(r, unit, caller);
    }

    public ReportView accept(long reportId) {
        Target t = target(reportId);
        Caller caller = t.caller();
        Report r = t.report();
        OrgUnit unit = t.unit();
        ReportAccess.requireReview(caller, unit);
        r.period().requireOpen();
        audit(caller, r, r.accept(caller.username(), now()));
        notify(unit.code(), "Báo cáo đã được tiếp nhận", "Báo cáo \"" + r.period().name() + "\" đã được "
                + caller.unit().fullName() + " tiếp nhận.", r);
        return ReportView.of(r, unit, caller);
    }

    public ReportView returnForRevision(long reportId, String reason) {
        Target t = target(reportId);
        Caller caller = t.caller();
        Report r = t.report();
        OrgUnit unit = t.unit();
        ReportAccess.requireReview(caller, unit);
        r.period().requireOpen();
        audit(caller, r, r.returnForRevision(caller.username(), reason, now()));
        notify(unit.code(), "Báo cáo bị trả lại", caller.unit().fullName() + " trả lại báo cáo \""
                + r.period().name() + "\": " + r.returnReason(), r);
        return ReportView.of(r, unit, caller);
    }

    /** Takes back an acceptance, while the reviewer's own report for the period is not yet submitted. */
    public ReportView unaccept(long reportId, String reason) {
        Target t = target(reportId);
        Caller caller = t.caller();
        Report r = t.report();
        OrgUnit unit = t.unit();
        ReportAccess.requireReview(caller, unit);
        r.period().requireOpen();
        reports.find(r.period().id(), unit.parent().code())
                .filter(own -> own.status() == ReportStatus.SUBMITTED || own.status() == ReportStatus.ACCEPTED)
                .ifPresent(own -> {
                    throw new WorkflowException(WorkflowException.PARENT_SUBMITTED,
                            "the report of " + own.unitCode() + " is already " + own.status());
                });
        audit(caller, r, r.unaccept(caller.username(), reason, now()));
        return ReportView.of(r, unit, caller);
    }

    // --- helpers ----------------------------------------------------------------------------

    /** The caller and the report a step acts on, with the report's unit (parent loaded). */
    private record Target(Caller caller, Report report, OrgUnit unit) {
    }

    private Target target(long reportId) {
        Report r = report(reportId);
        return new Target(callers.current(), r, unit(r.unitCode()));
    }

    private void audit(Caller caller, Report r, ReportTransition t) {
        audit(caller, r, t, now());
    }

    private void audit(Caller caller, Report r, ReportTransition t, Instant at) {
        audit.record(caller, SUBJECT, key(r), t.action(), t.from().name(), t.to().name(), t.comment(), at);
    }

    private void notify(String unitCode, String subject, String body, Report r) {
        inbox.send(new Notification(UUID.randomUUID().toString(), unitCode, subject, body, "/reporting/report.xhtml?id=" + r.id()));
    }

    static String key(Report r) {
        return String.valueOf(r.id());
    }

    /** "BC-UBND" for communes and provinces (the People's Committee issues), "BC-BVHTTDL" for the ministry. */
    static String symbol(OrgUnit unit) {
        return unit.level() == UnitLevel.MINISTRY ? "BC-BVHTTDL" : "BC-UBND";
    }

    private ReportTemplate template(Report r) {
        return templates.get(r.period().templateId());
    }

    private ReportingPeriod period(long id) {
        return reports.period(id).orElseThrow(() -> new WorkflowException(WorkflowException.INVALID, "no period " + id));
    }

    private Report report(long id) {
        return reports.find(id).orElseThrow(() -> new WorkflowException(WorkflowException.INVALID, "no report " + id));
    }

    private OrgUnit unit(String code) {
        return units.find(code).orElseThrow(() -> new IllegalStateException("unknown unit " + code));
    }

    private Instant now() {
        return clock.instant();
    }
}
