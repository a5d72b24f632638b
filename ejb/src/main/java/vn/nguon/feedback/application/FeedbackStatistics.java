package vn.nguon.feedback.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.feedback.domain.FeedbackRepository;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.application.CallerService;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.org.domain.UnitLevel;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Feedback figures for a unit and the units below it (the province per commune, the ministry per province, and
 * per category): received, answered, on time, overdue, rated, satisfied — over a period, scoped to the caller's
 * unit and below (the drill-down).
 */
@Stateless
@PermitAll
public class FeedbackStatistics {

    @Inject
    CallerService callers;

    @Inject
    FeedbackRepository repository;

    @Inject
    OrgUnitRepository units;

    Clock clock = Clock.systemUTC();

    /** One row of the statistics: a unit below (to drill into) or a category, with its figures. */
    public record StatRow(String code, String name, boolean unit, long received, long answered, long onTime, long overdue, long rated,
                          long satisfied) implements java.io.Serializable {
        public long onTimePercent() {
            return answered == 0 ? 0 : Math.round(100.0 * onTime / answered);
        }

        public long satisfiedPercent() {
            return rated == 0 ? 0 : Math.round(100.0 * satisfied / rated);
        }
    }

    /** The statistics of a unit: per unit directly below it (a commune: per category) and per category, and the totals. */
    public record Statistics(String unit, String unitName, String parent, java.time.LocalDate from, java.time.LocalDate to,
                             List<StatRow> byUnit, List<StatRow> byCategory, StatRow total) implements java.io.Serializable {
    }

    /**
     * Feedback figures for {@code unitCode} (the caller's unit when null, or one below it — the drill-down) over the
     * days [from, to]: received, answered, on time, overdue, rated, satisfied — per unit below and per category.
     */
    public Statistics of(String unitCode, java.time.LocalDate from, java.time.LocalDate to, String language) {
        Caller c = callers.current();
        if (!FeedbackAccess.handler(c)) {
            throw new AccessRefusedException(c.username() + " does not handle feedback");
        }
        OrgUnit me = units.find(c.unit().code()).orElseThrow(() -> new AccessRefusedException("no unit " + c.unit().code()));
        OrgUnit unit = unitCode == null || unitCode.isBlank() ? me : units.find(unitCode.strip()).orElse(null);
        if (unit == null || !FeedbackAccess.atOrAbove(me, unit)) {
            throw new AccessRefusedException(c.username() + " may not see the feedback statistics of " + unitCode);
        }
        if (from == null || to == null || from.isAfter(to) || from.isBefore(to.minusDays(732))) {
            throw new ValidationFailedException(List.of(Violation.of("from", "notAllowed", from)));
        }
        java.time.ZoneId zone = vn.nguon.feedback.domain.WorkingCalendar.VIETNAM;
        Instant a = from.atStartOfDay(zone).toInstant();
        Instant b = to.plusDays(1).atStartOfDay(zone).toInstant();
        Instant now = clock.instant();
        Map<String, String> categories = categoryNames(language);
        String by = unit.level() == UnitLevel.MINISTRY ? "province" : unit.level() == UnitLevel.PROVINCE ? "commune" : "category";
        List<StatRow> byUnit = by.equals("category") ? List.of() : repository.statistics(unit.code(), by, a, b, now).stream()
                .map(s -> row(s, name(s.key()), true)).toList();
        List<StatRow> byCategory = repository.statistics(unit.code(), "category", a, b, now).stream()
                .map(s -> row(s, categories.getOrDefault(s.key(), s.key()), false)).toList();
        long[] t = new long[6];
        for (StatRow r : byCategory) {
            t[0] += r.received();
            t[1] += r.answered();
            t[2] += r.onTime();
            t[3] += r.overdue();
            t[4] += r.rated();
            t[5] += r.satisfied();
        }
        return new Statistics(unit.code(), unit.fullName(), unit.code().equals(me.code()) || unit.parent() == null ? null : unit.parent().code(),
                from, to, byUnit, byCategory, new StatRow(unit.code(), unit.fullName(), false, t[0], t[1], t[2], t[3], t[4], t[5]));
    }

    private static StatRow row(FeedbackRepository.Stat s, String name, boolean unit) {
        return new StatRow(s.key(), name, unit, s.received(), s.answered(), s.onTime(), s.overdue(), s.rated(), s.satisfied());
    }

    private Map<String, String> categoryNames(String language) {
        Map<String, String> m = new LinkedHashMap<>();
        repository.categories(null).forEach(x -> m.put(x.code(), x.name(language)));
        return m;
    }

    private String name(String code) {
        return units.find(code).map(OrgUnit::fullName).orElse(code);
    }
}
