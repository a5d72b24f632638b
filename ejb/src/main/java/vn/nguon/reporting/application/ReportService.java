package vn.nguon.reporting.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.nguon.audit.application.AuditLog;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.application.CallerService;
import vn.nguon.identity.domain.Role;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.org.domain.UnitLevel;
import vn.nguon.reporting.application.ReportAccess.Permission;
import vn.nguon.reporting.domain.Report;
import vn.nguon.reporting.domain.ReportRepository;
import vn.nguon.reporting.domain.ReportStatus;
import vn.nguon.reporting.domain.ReportSubmission;
import vn.nguon.reporting.domain.ReportTemplate;
import vn.nguon.reporting.domain.ReportTransition;
import vn.nguon.reporting.domain.ReportValidator;
import vn.nguon.reporting.domain.ReportingPeriod;
import vn.nguon.reporting.domain.Rollup;
import vn.nguon.kernel.Violation;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.reporting.infrastructure.DocumentNumbers;
import vn.nguon.reporting.infrastructure.TemplateCatalog;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import vn.nguon.kernel.ValidationFailedException;

/**
 * The reporting workflow, one transaction per step: every step checks the caller's role and unit
 * (not only the menu) and that the period is open ({@link #step}), applies the report's verb,
 * writes the audit event and tells the rest of Nguồn what happened ({@link ReportEvents}).
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
    Event<ReportEvents.Signed> signed;

    @Inject
    Event<ReportEvents.Submitted> submitted;

    @Inject
    Event<ReportEvents.Accepted> accepted;

    @Inject
    Event<ReportEvents.Returned> returned;

    Clock clock = Clock.systemUTC();

    // --- periods (ministry) -------------------------------------------------------------------

    @RolesAllowed({Role.Names.MINISTRY_OFFICER, Role.Names.MINISTRY_LEADER})
    public long openPeriod(String name, String templateId, LocalDate cutoff, LocalDate dueCommune,
                           LocalDate dueProvince, LocalDate dueMinistry) {
        Caller caller = callers.current();
        ReportTemplate template = templates.find(templateId)
                .orElseThrow(() -> new TransitionRefusedException(TransitionRefusedException.INVALID, "no template " + templateId));
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
            Permission.EDIT.require(caller, unit);
            Map<String, String> initial = unit.level() == UnitLevel.COMMUNE ? Map.of()
                    : Rollup.values(rollups.cells(period, unit));
            Report r = new Report(period, unit.code(), initial, caller.username(), now());
            reports.add(r);
            audit.record(caller, SUBJECT, key(r), "create", null, ReportStatus.DRAFT.name(), null, now());
            return r;
        });
        return ReportView.of(report, unit, caller);
    }

    public ReportView view(long reportId) {
        Report r = report(reportId);
        Caller caller = callers.current();
        OrgUnit unit = unit(r.unitCode());
        Permission.READ.require(caller, unit);
        return ReportView.of(r, unit, caller);
    }

    /**
     * Saves a draft. Refused when someone else saved since {@code expectedVersion} was read
     * (optimistic locking), or when a value is not valid for its field.
     *
     * @return the saved report, with its new version
     */
    public ReportView save(long reportId, long expectedVersion, Map<String, String> values) {
        Step s = step(reportId, Permission.EDIT);
        Report r = s.report();
        if (r.version() != expectedVersion) {
            throw new TransitionRefusedException(TransitionRefusedException.STALE,
                    "report " + reportId + " is at version " + r.version() + ", not " + expectedVersion);
        }
        requireValid(s, values, ReportValidator.Mode.DRAFT);
        ReportTransition revised = r.edit(values, s.caller().username(), now());
        if (revised != null) {
            audit(s, revised, now());
        }
        audit.record(s.caller(), SUBJECT, key(r), "save", r.status().name(), r.status().name(), null, now());
        reports.flush();
        return s.view();
    }

    /**
     * The leader signs: the report must be complete; the unit's next document number is assigned
     * and the official document is issued (rendered, digitally signed, stored) by the observers of
     * {@link ReportEvents.Signed}, in this transaction.
     */
    public ReportView sign(long reportId) {
        Step s = step(reportId, Permission.SIGN);
        Report r = s.report();
        requireValid(s, r.values(), ReportValidator.Mode.COMPLETE);
        Instant at = now();
        int year = LocalDate.ofInstant(at, VIETNAM).getYear();
        // a refused sign() below rolls the transaction back, and the number with it
        String number = numbers.next(s.unit().code(), year) + "/" + symbol(s.unit());
        audit(s, r.sign(s.caller().username(), number, at), at);
        // the official document is issued in the same transaction: no number without it
        signed.fire(new ReportEvents.Signed(r, template(r), s.unit(), s.caller(), at));
        return s.view();
    }

    /** The leader sends the signed report up; the exact values are kept as an immutable submission. */
    public ReportView submit(long reportId) {
        Step s = step(reportId, Permission.SIGN);
        Report r = s.report();
        audit(s, r.submit(s.caller().username(), now()), now());
        reports.add(new ReportSubmission(r, s.caller().username(), now()));
        if (s.unit().parent() != null) {
            submitted.fire(new ReportEvents.Submitted(r.id(), s.unit(), r.period().name(), r.documentNumber()));
        }
        return s.view();
    }

    public ReportView accept(long reportId) {
        Step s = step(reportId, Permission.REVIEW);
        Report r = s.report();
        audit(s, r.accept(s.caller().username(), now()), now());
        accepted.fire(new ReportEvents.Accepted(r.id(), s.unit(), r.period().name(), s.caller().unit().fullName()));
        return s.view();
    }

    public ReportView returnForRevision(long reportId, String reason) {
        Step s = step(reportId, Permission.REVIEW);
        Report r = s.report();
        audit(s, r.returnForRevision(s.caller().username(), reason, now()), now());
        returned.fire(new ReportEvents.Returned(r.id(), s.unit(), r.period().name(), s.caller().unit().fullName(),
                r.returnReason()));
        return s.view();
    }

    /** Takes back an acceptance, while the reviewer's own report for the period is not yet submitted. */
    public ReportView unaccept(long reportId, String reason) {
        Step s = step(reportId, Permission.REVIEW);
        Report r = s.report();
        reports.find(r.period().id(), s.unit().parent().code())
                .filter(own -> own.status() == ReportStatus.SUBMITTED || own.status() == ReportStatus.ACCEPTED)
                .ifPresent(own -> {
                    throw new TransitionRefusedException(TransitionRefusedException.PARENT_SUBMITTED,
                            "the report of " + own.unitCode() + " is already " + own.status());
                });
        audit(s, r.unaccept(s.caller().username(), reason, now()), now());
        return s.view();
    }

    // --- helpers ----------------------------------------------------------------------------

    /** A workflow step under way: the caller, the report it acts on and the report's unit (parent loaded). */
    private record Step(Caller caller, Report report, OrgUnit unit) {
        ReportView view() {
            return ReportView.of(report, unit, caller);
        }
    }

    /**
     * How every step opens: load the report and its unit, check that the caller holds
     * {@code permission} over it, and that its period is still open.
     */
    private Step step(long reportId, Permission permission) {
        Report r = report(reportId);
        Step s = new Step(callers.current(), r, unit(r.unitCode()));
        permission.require(s.caller(), s.unit());
        r.period().requireOpen();
        return s;
    }

    /** The values against the template at the unit's level (a province's are roll-ups, not a commune's figures). */
    private void requireValid(Step s, Map<String, String> values, ReportValidator.Mode mode) {
        List<Violation> violations = ReportValidator.validate(template(s.report()), values, mode, s.unit().level());
        if (!violations.isEmpty()) {
            throw new ValidationFailedException(violations);
        }
    }

    private void audit(Step s, ReportTransition t, Instant at) {
        audit.record(s.caller(), SUBJECT, key(s.report()), t.action(), t.from().name(), t.to().name(), t.comment(), at);
    }

    static String key(Report r) {
        return String.valueOf(r.id());
    }

    /** "BC-UBND" for communes and provinces (the People's Committee issues), "BC-BVHTTDL" for the ministry. */
    public static String symbol(OrgUnit unit) {
        return unit.level() == UnitLevel.MINISTRY ? "BC-BVHTTDL" : "BC-UBND";
    }

    private ReportTemplate template(Report r) {
        return templates.get(r.period().templateId());
    }

    private ReportingPeriod period(long id) {
        return reports.period(id).orElseThrow(() -> new TransitionRefusedException(TransitionRefusedException.INVALID, "no period " + id));
    }

    private Report report(long id) {
        return reports.find(id).orElseThrow(() -> new TransitionRefusedException(TransitionRefusedException.INVALID, "no report " + id));
    }

    private OrgUnit unit(String code) {
        return units.find(code).orElseThrow(() -> new IllegalStateException("unknown unit " + code));
    }

    private Instant now() {
        return clock.instant();
    }
}
