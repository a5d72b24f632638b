package vn.nguon.dashboard.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.dashboard.domain.Activity;
import vn.nguon.dashboard.domain.CommuneFigures;
import vn.nguon.dashboard.domain.Figure;
import vn.nguon.dashboard.domain.Indicator;
import vn.nguon.dashboard.domain.Target;
import vn.nguon.dashboard.infrastructure.DashboardData;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.application.CallerService;
import vn.nguon.identity.domain.Role;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.org.domain.UnitLevel;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "How far are we?": a unit's figures against the plans' targets — its own, and each unit's directly below it
 * (the ministry: the provinces; a province: its communes) — computed in one place for every page and the API
 * (and, later, a commune's public page). A unit sees itself and what lies below it, never a sibling.
 */
@Stateless
@PermitAll
public class Dashboards {

    /** The roles that see dashboards: the units' officers and leaders. */
    static final Set<Role> READERS = Set.of(Role.COMMUNE_OFFICER, Role.COMMUNE_LEADER, Role.PROVINCE_OFFICER, Role.PROVINCE_LEADER,
            Role.MINISTRY_OFFICER, Role.MINISTRY_LEADER);

    /** Green: the current target met; amber: only an earlier one; red: none; grey: nothing known; none: no target (monitored). */
    public enum Status { GREEN, AMBER, RED, GREY, NONE }

    public record TargetView(int year, String text, boolean met, String source) implements Serializable {
    }

    /** One indicator for the unit: its value, the targets, where it stands, and how many units below meet the current target. */
    public record Card(Indicator indicator, BigDecimal value, long numerator, long denominator, int counted, int communes,
                       List<TargetView> targets, Status status, int unitsMeeting, int unitsWithData, String source) implements Serializable {
        public boolean partial() {
            return counted < communes;
        }
    }

    /** A unit below (or the unit itself, on a commune's dashboard) with its values and statuses. */
    public record Row(String code, String name, UnitLevel level, Map<Indicator, BigDecimal> values, Map<Indicator, Status> statuses,
                      long clustersReported, long clustersRegistered, int disagreeing, String reportPeriod, LocalDate reportDate,
                      int communes, int communesReported, Activity activity) implements Serializable {
    }

    /** One reporting period of the trend: the reported indicators' values from that period's accepted reports. */
    public record TrendPoint(long id, String period, LocalDate cutoff, Map<Indicator, BigDecimal> values, int communesReported)
            implements Serializable {
    }

    /** A province's own targets file, as the dashboard shows it. */
    public record OwnTargets(String file, String uploadedBy, Instant uploadedAt, List<TargetView> targets) implements Serializable {
    }

    public record Dashboard(String unit, String unitName, UnitLevel level, String parent, String parentName, List<Card> cards,
                            List<Row> rows, Row self, List<TrendPoint> trend, OwnTargets ownTargets, boolean mayManageTargets,
                            Long period, String periodName, Instant asOf, LocalDate activityFrom, LocalDate activityTo,
                            boolean mayIssueStatement, List<vn.nguon.documents.application.DocumentQueries.StatementEntry> statements)
            implements Serializable {
    }

    /** A statement just signed: the document's id and number. */
    public record Issued(long id, String documentNumber, String title) implements Serializable {
    }

    /** The days the devices' activity is shown for when no period is chosen: the last thirty, today included. */
    public static final int RECENT_DAYS = 30;

    @Inject
    CallerService callers;

    @Inject
    OrgUnitRepository units;

    @Inject
    DashboardData data;

    @Inject
    Targets targets;

    @Inject
    vn.nguon.audit.application.AuditLog audit;

    @Inject
    vn.nguon.documents.application.DocumentService documents;

    @Inject
    vn.nguon.documents.application.DocumentQueries documentQueries;

    Clock clock = Clock.systemUTC();

    /** The dashboard of {@code unitCode} (the caller's own unit when blank) from each commune's latest accepted report. */
    public Dashboard of(String unitCode) {
        return of(unitCode, null);
    }

    /**
     * The dashboard of {@code unitCode} (the caller's own unit when blank), which must be the caller's or below it; with a
     * {@code period}, the reported figures are that reporting period's (its accepted reports only), else each commune's latest.
     */
    public Dashboard of(String unitCode, Long period) {
        Caller c = callers.current();
        if (READERS.stream().noneMatch(c::has)) {
            throw new AccessRefusedException(c.username() + " does not read dashboards");
        }
        OrgUnit unit = unitCode == null || unitCode.isBlank() ? units.find(c.unit().code()).orElse(null) : units.find(unitCode.strip()).orElse(null);
        if (unit == null || !c.oversees(unit)) {
            throw new AccessRefusedException(c.username() + " may not see the dashboard of " + unitCode);
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneId.of(DashboardData.ZONE));
        LocalDate recent = today.minusDays(RECENT_DAYS - 1);
        // every accepted report of the strategy's template under the unit, in one statement: the trend, and each commune's
        // latest report or the chosen period's
        Map<String, CommuneFigures.Builder> builders = data.communes(unit.code());
        boolean nation = unit.level() == UnitLevel.MINISTRY;
        List<DashboardData.PeriodValues> periods = data.periods(builders.keySet(), nation);
        DashboardData.PeriodValues chosen = period == null ? null : periods.stream().filter(p -> p.period() == period).findFirst()
                .orElseThrow(() -> new vn.nguon.kernel.ValidationFailedException(List.of(vn.nguon.kernel.Violation.of("period", "unknownTarget", period))));
        // the devices' activity: the last thirty days, or the chosen period's days (after the period before it, else its year)
        LocalDate from = chosen == null ? recent : window(periods.stream().map(DashboardData.PeriodValues::cutoff).toList(), chosen.cutoff());
        LocalDate to = chosen == null ? today : chosen.cutoff();
        data.live(builders, nation, now, from, to);
        for (DashboardData.PeriodValues p : periods) { // oldest first: a commune's later report replaces its earlier one
            if (chosen == null || p == chosen) {
                p.byCommune().forEach((code, values) -> {
                    CommuneFigures.Builder b = builders.get(code);
                    if (b != null) {
                        b.reported(p.reports().get(code), p.name(), p.cutoff(), values);
                    }
                });
            }
        }
        Map<String, CommuneFigures> communes = new LinkedHashMap<>();
        builders.forEach((k, b) -> communes.put(k, b.build()));
        List<TrendPoint> trend = periods.stream().map(p -> point(p, communes)).toList();
        String province = unit.level() == UnitLevel.PROVINCE ? unit.code() : unit.level() == UnitLevel.COMMUNE ? unit.parent().code() : null;
        int year = today.getYear();
        // the provinces' own targets, read once: every province's for the nation's rows, else the unit's province's
        Map<String, DashboardData.TargetsFile> files = data.targetsFiles(unit.level() == UnitLevel.MINISTRY ? null : province);
        java.util.function.Function<String, List<Target>> ownOf = p -> files.containsKey(p)
                ? Targets.parse(files.get(p).name(), files.get(p).content()) : List.of();
        List<Target> own = ownOf.apply(province);

        // the units directly below, each with the communes it holds
        Map<String, List<CommuneFigures>> below = new LinkedHashMap<>();
        if (unit.level() == UnitLevel.MINISTRY) {
            units.children(unit.code()).forEach(p -> below.put(p.code(), new ArrayList<>()));
            communes.values().forEach(f -> below.computeIfAbsent(f.province(), k -> new ArrayList<>()).add(f));
        } else if (unit.level() == UnitLevel.PROVINCE) {
            communes.values().forEach(f -> below.put(f.code(), List.of(f)));
        }
        List<Row> rows = new ArrayList<>();
        below.forEach((code, list) -> rows.add(unit.level() == UnitLevel.MINISTRY
                ? row(units.find(code).orElseThrow(), list, code, year, ownOf.apply(code))
                : row(units.find(code).orElseThrow(), list, province, year, own)));
        Row self = row(unit, communes.values(), province, year, own);

        List<Card> cards = new ArrayList<>();
        for (Indicator i : Indicator.values()) {
            Figure f = Figure.of(i, communes.values());
            List<Target> ts = targets.of(i, province, own);
            List<TargetView> views = ts.stream().map(t -> new TargetView(t.year(), t.text(), t.met(f.percent()), t.source())).toList();
            Target current = current(ts, year);
            int meeting = current == null ? 0 : (int) rows.stream().filter(r -> current.met(r.values().get(i))).count();
            int withData = (int) rows.stream().filter(r -> r.values().get(i) != null).count();
            cards.add(new Card(i, f.percent(), f.numerator(), f.denominator(), f.communesCounted(), f.communes(), views,
                    status(f.percent(), ts, year), meeting, withData, i.source().name()));
        }
        OrgUnit parent = unit.parent();
        boolean mayGoUp = parent != null && c.oversees(parent);
        return new Dashboard(unit.code(), unit.fullName(), unit.level(), mayGoUp ? parent.code() : null, mayGoUp ? parent.fullName() : null,
                cards, rows, self, trend, own.isEmpty() ? null : ownTargets(files.get(province), own),
                mayManageTargets(c, unit), period, chosen == null ? null : chosen.name(), now, from, to,
                mayIssueStatement(c, unit), documentQueries.statements(unit.code()));
    }

    /** Whether the caller may sign the unit's statement of its targets: a leader of the unit itself. */
    static boolean mayIssueStatement(Caller c, OrgUnit unit) {
        if (!unit.code().equals(c.unit().code())) {
            return false;
        }
        return switch (unit.level()) {
            case COMMUNE -> c.has(Role.COMMUNE_LEADER);
            case PROVINCE -> c.has(Role.PROVINCE_LEADER);
            case MINISTRY -> c.has(Role.MINISTRY_LEADER);
        };
    }

    /**
     * Signs the official "Báo cáo tình hình thực hiện mục tiêu" of the caller's unit from its dashboard (for a period, or
     * as of today): the figures the dashboard shows, numbered, rendered in the NĐ 30 format, signed with the unit's key and
     * stored as issued (verifiable on the public page); audited.
     */
    public Issued issueStatement(String unitCode, Long period) {
        Caller c = callers.current();
        Dashboard d = of(unitCode, period);
        OrgUnit unit = units.find(d.unit()).orElseThrow();
        if (!mayIssueStatement(c, unit)) {
            throw new AccessRefusedException(c.username() + " may not sign the statement of " + unit.code());
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, java.time.ZoneId.of(DashboardData.ZONE));
        var doc = documents.issueStatement(TargetsStatement.compose(d, today), unit, c, now);
        audit.record(c, "dashboard-statement", unit.code(), "sign", null, null, doc.documentNumber() + ": " + doc.title(), now);
        return new Issued(doc.id(), doc.documentNumber(), doc.title());
    }

    /** The target that counts now among a card's targets (the rule of {@link #current}). */
    static TargetView currentView(List<TargetView> ts, int year) {
        return firstNotPast(ts, TargetView::year, year);
    }

    /** The first day of a period's activity: the day after the cutoff of the period before it, or a year before its cutoff. */
    static LocalDate window(List<LocalDate> cutoffs, LocalDate cutoff) {
        LocalDate first = cutoff.minusDays(364);
        for (LocalDate t : cutoffs) {
            if (t.isBefore(cutoff) && t.plusDays(1).isAfter(first)) {
                first = t.plusDays(1);
            }
        }
        return first;
    }

    private static OwnTargets ownTargets(DashboardData.TargetsFile f, List<Target> own) {
        return new OwnTargets(f.name(), f.uploadedBy(), f.uploadedAt(), own.stream()
                .map(t -> new TargetView(t.year(), t.indicator() + " " + t.text(), false, t.source())).toList());
    }

    /** Whether the caller may upload or remove the targets of this unit: a province's officers and leaders, on their province. */
    static boolean mayManageTargets(Caller c, OrgUnit unit) {
        return unit.level() == UnitLevel.PROVINCE && unit.code().equals(c.unit().code())
                && (c.has(Role.PROVINCE_OFFICER) || c.has(Role.PROVINCE_LEADER));
    }

    /** The biggest targets file a province may upload. */
    public static final int MAX_TARGETS_FILE = 64 * 1024;

    /**
     * A province's own targets for its units (stricter than the ministry's, as Bà Rịa–Vũng Tàu and Lào Cai set):
     * a file in the shipped format, checked whole — every problem named — and kept in place of the one before;
     * its owner is the caller's province whatever the file says (a file naming another province is refused).
     */
    public List<Target> uploadTargets(String fileName, String content) {
        Caller c = callers.current();
        OrgUnit province = units.find(c.unit().code()).orElseThrow(() -> new AccessRefusedException("no unit"));
        if (!mayManageTargets(c, province)) {
            throw new AccessRefusedException(c.username() + " may not set a province's targets");
        }
        String name = fileName == null || fileName.isBlank() ? "muc-tieu-" + province.code() + ".json" : fileName.strip();
        List<vn.nguon.kernel.Violation> v = new ArrayList<>();
        if (name.length() > 200) {
            v.add(vn.nguon.kernel.Violation.of("name", vn.nguon.kernel.Violation.TOO_LONG, 200));
        }
        if (content == null || content.isBlank()) {
            v.add(vn.nguon.kernel.Violation.of("content", vn.nguon.kernel.Violation.REQUIRED));
        } else if (content.length() > MAX_TARGETS_FILE) {
            v.add(vn.nguon.kernel.Violation.of("content", vn.nguon.kernel.Violation.TOO_LONG, MAX_TARGETS_FILE));
        }
        if (!v.isEmpty()) {
            throw new vn.nguon.kernel.ValidationFailedException(v);
        }
        List<Target> read;
        try {
            read = Targets.parse(name, content);
        } catch (vn.nguon.dashboard.infrastructure.TargetFile.Malformed e) {
            throw new vn.nguon.kernel.ValidationFailedException(e.details().stream()
                    .map(p -> vn.nguon.kernel.Violation.of("content", "dashboard.targetFile." + p.code(), p.where(),
                            p.detail() == null ? "" : p.detail())).toList());
        }
        if (read.stream().anyMatch(t -> t.owner() != null && !t.owner().equals(province.code()))) {
            throw new vn.nguon.kernel.ValidationFailedException(List.of(vn.nguon.kernel.Violation.of("content", "dashboard.targetOwner",
                    read.get(0).owner())));
        }
        Instant now = clock.instant();
        data.saveTargetsFile(new DashboardData.TargetsFile(province.code(), name, content, c.username(), now));
        audit.record(c, "dashboard-targets", province.code(), "upload", null, null, name + ": " + read.size() + " targets", now);
        return read;
    }

    /** Removes the caller's province's own targets (the ministry's hold alone again). */
    public void removeTargets() {
        Caller c = callers.current();
        OrgUnit province = units.find(c.unit().code()).orElseThrow(() -> new AccessRefusedException("no unit"));
        if (!mayManageTargets(c, province)) {
            throw new AccessRefusedException(c.username() + " may not set a province's targets");
        }
        if (data.removeTargetsFile(province.code()) > 0) {
            audit.record(c, "dashboard-targets", province.code(), "remove", null, null, null, clock.instant());
        }
    }

    /**
     * One period of the trend, over the communes that reported in it — those of the period's own map of units: a commune
     * created since (it is in {@code now} only) is not in it, and one merged away since (its reports stay, under its old
     * code) still counts for the period it reported in; each period is numerator over denominator of its own reports.
     *
     * @param now what is known of the communes today (whether a commune is a ward, its province), by code
     */
    static TrendPoint point(DashboardData.PeriodValues p, Map<String, CommuneFigures> now) {
        List<CommuneFigures> reported = new ArrayList<>();
        p.byCommune().forEach((code, values) -> {
            CommuneFigures today = now.get(code);
            CommuneFigures.Builder b = new CommuneFigures.Builder(code, today != null && today.ward(), today == null ? null : today.province())
                    .report(p.period(), p.name(), p.cutoff());
            values.forEach(b::value);
            reported.add(b.build());
        });
        Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            if (i.source() == Indicator.Source.REPORTED) {
                BigDecimal v = Figure.of(i, reported).percent();
                if (v != null) {
                    values.put(i, v);
                }
            }
        }
        return new TrendPoint(p.period(), p.name(), p.cutoff(), values, reported.size());
    }

    private Row row(OrgUnit u, Collection<CommuneFigures> communes, String province, int year, List<Target> own) {
        Map<Indicator, BigDecimal> values = new EnumMap<>(Indicator.class);
        Map<Indicator, Status> statuses = new EnumMap<>(Indicator.class);
        for (Indicator i : Indicator.values()) {
            BigDecimal v = Figure.of(i, communes).percent();
            if (v != null) {
                values.put(i, v);
            }
            statuses.put(i, status(v, targets.of(i, province, own), year));
        }
        long reported = communes.stream().map(CommuneFigures::clustersReported).filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum();
        long registered = communes.stream().mapToLong(CommuneFigures::clustersRegistered).sum();
        int disagreeing = (int) communes.stream().filter(CommuneFigures::disagrees).count();
        CommuneFigures latest = communes.stream().filter(f -> f.reportDate() != null)
                .max(java.util.Comparator.comparing(CommuneFigures::reportDate)).orElse(null);
        return new Row(u.code(), u.fullName(), u.level(), values, statuses, reported, registered, disagreeing,
                latest == null ? null : latest.reportPeriod(), latest == null ? null : latest.reportDate(), communes.size(),
                (int) communes.stream().filter(f -> f.reportId() != null).count(),
                Activity.sum(communes.stream().map(CommuneFigures::activity).toList()));
    }

    /** The target that counts now: the first whose year has not passed, else the last. */
    static Target current(List<Target> ts, int year) {
        return firstNotPast(ts, Target::year, year);
    }

    /** Of targets ordered by year: the first whose year has not passed, else the last; null for none. */
    private static <T> T firstNotPast(List<T> ts, java.util.function.ToIntFunction<T> yearOf, int year) {
        return ts.stream().filter(t -> yearOf.applyAsInt(t) >= year).findFirst().orElse(ts.isEmpty() ? null : ts.get(ts.size() - 1));
    }

    static Status status(BigDecimal v, List<Target> ts, int year) {
        Target now = current(ts, year);
        if (now == null) {
            return Status.NONE;
        }
        if (v == null) {
            return Status.GREY;
        }
        if (now.met(v)) {
            return Status.GREEN;
        }
        return ts.stream().anyMatch(t -> t.year() < now.year() && t.met(v)) ? Status.AMBER : Status.RED;
    }
}
