package vn.nguon.dashboard.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.nguon.dashboard.domain.Activity;
import vn.nguon.dashboard.domain.CommuneFigures;
import vn.nguon.dashboard.domain.Indicator;
import vn.nguon.shared.db.NativeSql;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures the dashboards start from, read for every commune under a unit in a few statements: the latest
 * accepted report of the strategy's template per commune (its date and the fields the indicators read), the
 * devices registered and online by type, the feedback of the last twelve months. Read-only; the reports,
 * devices and feedback stay their features' own.
 */
@ApplicationScoped
public class DashboardData {

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    /** Which communes: all (the ministry), a province's, or one. */
    private static final String UNDER = """
            (c.code = ?1 or c.parent_code = ?1 or exists (select 1 from org_unit p where p.code = c.parent_code and p.parent_code = ?1))
            and c.level = 'COMMUNE'""";

    /**
     * @param period a reporting period's id: each commune's accepted report of that period only (a commune without one has
     *               no reported values); negative: each commune's latest accepted report
     * @param from   the first day of the devices' activity read (Vietnam's calendar), or null for none
     * @param to     the last day of it
     */
    @SuppressWarnings("unchecked")
    public Map<String, CommuneFigures> communes(String unit, Instant now, long period, LocalDate from, LocalDate to) {
        Map<String, CommuneFigures.Builder> out = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("select c.code, c.unit_type, c.parent_code from org_unit c where "
                + UNDER + " order by c.code").setParameter(1, unit).setHint(NativeSql.TABLES, "org_unit").getResultList()) {
            out.put((String) r[0], new CommuneFigures.Builder((String) r[0], "Phường".equals(r[1]), (String) r[2]));
        }
        if (out.isEmpty()) {
            return Map.of();
        }
        // the latest accepted report of the strategy's template, per commune, and the fields the indicators read
        Map<Long, String> reports = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        select distinct on (r.unit_code) r.unit_code, r.id, p.name, p.cutoff_date
                        from report r join reporting_period p on p.id = r.period_id join org_unit c on c.code = r.unit_code
                        where r.status = 'ACCEPTED' and p.template_code = ?2 and (?3 < 0 or p.id = ?3) and """ + UNDER + """
                         order by r.unit_code, p.cutoff_date desc, r.id desc""")
                .setParameter(1, unit).setParameter(2, Indicator.TEMPLATE).setParameter(3, period)
                .setHint(NativeSql.TABLES, "report").getResultList()) {
            reports.put(((Number) r[1]).longValue(), (String) r[0]);
            out.get((String) r[0]).report(((Number) r[1]).longValue(), (String) r[2], ((java.sql.Date) r[3]).toLocalDate());
        }
        if (!reports.isEmpty()) {
            for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                            select report_id, field_key, value from report_value
                            where report_id = any(cast(?1 as bigint[])) and field_key = any(cast(?2 as text[]))""")
                    .setParameter(1, NativeSql.array(List.copyOf(reports.keySet()), String::valueOf))
                    .setParameter(2, NativeSql.array(Indicator.FIELDS, s -> s))
                    .setHint(NativeSql.TABLES, "report_value").getResultList()) {
                out.get(reports.get(((Number) r[0]).longValue())).value((String) r[1], (String) r[2]);
            }
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        select d.unit_code, d.type, count(*), count(*) filter (where d.online) from device d join org_unit c on c.code = d.unit_code
                        where """ + UNDER + " group by d.unit_code, d.type")
                .setParameter(1, unit).setHint(NativeSql.TABLES, "device").getResultList()) {
            out.get((String) r[0]).devices((String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue());
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        select f.commune_code, count(*), count(*) filter (where f.status in ('ANSWERED', 'CLOSED', 'REJECTED'))
                        from feedback f join org_unit c on c.code = f.commune_code
                        where f.received_at >= ?2 and f.merged_into is null and """ + UNDER + " group by f.commune_code")
                .setParameter(1, unit).setParameter(2, now.minus(java.time.Duration.ofDays(365)))
                .setHint(NativeSql.TABLES, "feedback").getResultList()) {
            out.get((String) r[0]).feedback(((Number) r[1]).longValue(), ((Number) r[2]).longValue());
        }
        if (from != null) {
            for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                            select a.unit_code, sum(a.device_samples), sum(a.online_samples), sum(a.fm_seconds), sum(a.broadcasts),
                                   sum(a.air_seconds), sum(a.relays), sum(a.relay_seconds)
                            from activity_day a join org_unit c on c.code = a.unit_code
                            where a.day between ?2 and ?3 and """ + UNDER + " group by a.unit_code")
                    .setParameter(1, unit).setParameter(2, from).setParameter(3, to)
                    .setHint(NativeSql.TABLES, "activity_day").getResultList()) {
                out.get((String) r[0]).activity(new Activity(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7])));
            }
        }
        Map<String, CommuneFigures> built = new LinkedHashMap<>();
        out.forEach((k, b) -> built.put(k, b.build()));
        return built;
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /** Vietnam's calendar, whose days the roll-up counts in. */
    public static final String ZONE = "Asia/Ho_Chi_Minh";

    /**
     * One availability sample: adds every commune's devices registered and online now to {@code day}'s counts;
     * returns how many communes have devices.
     */
    public int sampleAvailability(LocalDate day) {
        return em.createNativeQuery("""
                        insert into activity_day (unit_code, day, device_samples, online_samples)
                        select unit_code, ?1, count(*), count(*) filter (where online) from device group by unit_code
                        on conflict (unit_code, day) do update set device_samples = activity_day.device_samples + excluded.device_samples,
                            online_samples = activity_day.online_samples + excluded.online_samples""")
                .setParameter(1, day).setHint(NativeSql.TABLES, "activity_day").executeUpdate();
    }

    /**
     * Recomputes the broadcast columns of the days {@code from}..{@code to} from the broadcast log (the deliveries of
     * those days' slots, by the slot index); returns the rows written.
     */
    public int rollUpBroadcasts(LocalDate from, LocalDate to) {
        return em.createNativeQuery("""
                        insert into activity_day (unit_code, day, broadcasts, air_seconds, relays, relay_seconds)
                        select unit, day, count(*), coalesce(sum(seconds), 0), count(*) filter (where relay), coalesce(sum(seconds) filter (where relay), 0)
                        from (select d.unit_code as unit, cast(d.slot_at at time zone '""" + ZONE + """
                        ' as date) as day, d.bulletin_id, d.slot_at,
                                     bool_or(b.source_item_id is not null) as relay,
                                     cast(max(extract(epoch from d.ended_at - d.playing_at)) as bigint) as seconds
                              from delivery d join bulletin b on b.id = d.bulletin_id join device dev on dev.id = d.device_id
                              where d.state = 'DONE' and dev.type <> 'EBOARD'
                                and d.slot_at >= cast(?1 as timestamp) at time zone '""" + ZONE + """
                        ' and d.slot_at < cast(?2 as timestamp) at time zone '""" + ZONE + """
                        '
                              group by 1, 2, 3, 4) slots
                        group by unit, day
                        on conflict (unit_code, day) do update set broadcasts = excluded.broadcasts, air_seconds = excluded.air_seconds,
                            relays = excluded.relays, relay_seconds = excluded.relay_seconds""")
                .setParameter(1, from).setParameter(2, to.plusDays(1))
                .setHint(NativeSql.TABLES, "activity_day").executeUpdate();
    }

    /**
     * Recomputes the FM fallback seconds of the days {@code from}..{@code to} from the periods the devices reported
     * (a period over midnight split between its days); returns the rows written.
     */
    public int rollUpFm(LocalDate from, LocalDate to) {
        return em.createNativeQuery("""
                        insert into activity_day (unit_code, day, fm_seconds)
                        select dev.unit_code, cast(g.day as date),
                               cast(sum(extract(epoch from least(f.to_at, (g.day + interval '1 day') at time zone '""" + ZONE + """
                        ')
                                                       - greatest(f.from_at, g.day at time zone '""" + ZONE + """
                        '))) as bigint)
                        from generate_series(cast(?1 as timestamp), cast(?2 as timestamp), interval '1 day') g(day)
                             join device_fm_period f on f.from_at < (g.day + interval '1 day') at time zone '""" + ZONE + """
                        ' and f.to_at > g.day at time zone '""" + ZONE + """
                        '
                             join device dev on dev.id = f.device_id
                        group by 1, 2
                        on conflict (unit_code, day) do update set fm_seconds = excluded.fm_seconds""")
                .setParameter(1, from).setParameter(2, to)
                .setHint(NativeSql.TABLES, "activity_day").executeUpdate();
    }

    /** The first day an FM period reported since {@code since} began on (a device reports its periods when it is back). */
    public LocalDate firstFmDaySince(Instant since) {
        Object o = em.createNativeQuery("select cast(min(from_at) at time zone '" + ZONE + "' as date) from device_fm_period where reported_at >= ?1")
                .setParameter(1, since).setHint(NativeSql.TABLES, "device_fm_period").getSingleResult();
        return o == null ? null : ((java.sql.Date) o).toLocalDate();
    }

    /** A province's own targets file: its name, text, who uploaded it and when. */
    public record TargetsFile(String province, String name, String content, String uploadedBy, Instant uploadedAt) {
    }

    /** The provinces' own targets files, by province: one province's ({@code province}), or every province's (null). */
    @SuppressWarnings("unchecked")
    public Map<String, TargetsFile> targetsFiles(String province) {
        Map<String, TargetsFile> out = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        select owner_unit, file_name, content, uploaded_by, uploaded_at from dashboard_target_file
                        where ?1 = '' or owner_unit = ?1""")
                .setParameter(1, province == null ? "" : province).setHint(NativeSql.TABLES, "dashboard_target_file").getResultList()) {
            out.put((String) r[0], new TargetsFile((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                    r[4] instanceof Instant i ? i : r[4] instanceof java.time.OffsetDateTime o ? o.toInstant() : ((java.sql.Timestamp) r[4]).toInstant()));
        }
        return out;
    }

    public void saveTargetsFile(TargetsFile f) {
        em.createNativeQuery("""
                        insert into dashboard_target_file (owner_unit, file_name, content, uploaded_by, uploaded_at) values (?1, ?2, ?3, ?4, ?5)
                        on conflict (owner_unit) do update set file_name = excluded.file_name, content = excluded.content,
                            uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at""")
                .setParameter(1, f.province()).setParameter(2, f.name()).setParameter(3, f.content()).setParameter(4, f.uploadedBy())
                .setParameter(5, f.uploadedAt()).setHint(NativeSql.TABLES, "dashboard_target_file").executeUpdate();
    }

    public int removeTargetsFile(String province) {
        return em.createNativeQuery("delete from dashboard_target_file where owner_unit = ?1").setParameter(1, province)
                .setHint(NativeSql.TABLES, "dashboard_target_file").executeUpdate();
    }

    /** A reporting period of the strategy's template, with what its accepted reports said, per commune. */
    public record PeriodValues(long period, String name, java.time.LocalDate cutoff, Map<String, Map<String, String>> byCommune) {
    }

    /** The accepted reports of every period of the strategy's template, oldest first, for the communes under a unit (the trend). */
    @SuppressWarnings("unchecked")
    public List<PeriodValues> periods(String unit) {
        Map<Long, PeriodValues> out = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("""
                        select p.id, p.name, p.cutoff_date, r.unit_code, v.field_key, v.value
                        from report r join reporting_period p on p.id = r.period_id join org_unit c on c.code = r.unit_code
                             join report_value v on v.report_id = r.id
                        where r.status = 'ACCEPTED' and p.template_code = ?2 and v.field_key = any(cast(?3 as text[])) and """ + UNDER + """
                         order by p.cutoff_date, p.id""")
                .setParameter(1, unit).setParameter(2, Indicator.TEMPLATE).setParameter(3, NativeSql.array(Indicator.FIELDS, x -> x))
                .setHint(NativeSql.TABLES, "report").getResultList()) {
            long id = ((Number) r[0]).longValue();
            out.computeIfAbsent(id, k -> new PeriodValues(k, (String) r[1], ((java.sql.Date) r[2]).toLocalDate(), new HashMap<>()))
                    .byCommune().computeIfAbsent((String) r[3], k -> new HashMap<>()).put((String) r[4], (String) r[5]);
        }
        return List.copyOf(out.values());
    }
}
