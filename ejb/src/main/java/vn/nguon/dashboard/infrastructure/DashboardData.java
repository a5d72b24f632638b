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

    /** Which communes: all (the ministry), a province's, or one ({@code ?1}). */
    private static final String UNDER = """
            (c.code = ?1 or c.parent_code = ?1 or exists (select 1 from org_unit p where p.code = c.parent_code and p.parent_code = ?1))
            and c.level = 'COMMUNE'""";

    /** Vietnam's calendar, whose days the roll-up counts in. */
    public static final String ZONE = "Asia/Ho_Chi_Minh";

    // The statements, named so that the dashboards' benchmark explains exactly these (docs/benchmarks.md).

    /** The communes under ?1. */
    public static final String COMMUNES = "select c.code, c.unit_type, c.parent_code from org_unit c where " + UNDER + " order by c.code";

    // The statements below read the communes whose codes ?1 names (an array: those under the unit, as COMMUNES gives them),
    // joined to their rows by index, so that a province's or a commune's dashboard never reads the nation's; the nation's
    // reads every commune's rows without the array (the _ALL statements): once PostgreSQL switched to a generic plan, a
    // filter "= any(3,321 codes)" tested each device against the whole array (measured: 20 s).

    /** Devices registered and online, per commune ?1 and type. */
    public static final String DEVICES = """
            select d.unit_code, d.type, count(*), count(*) filter (where d.online)
            from unnest(cast(?1 as text[])) u(code) join device d on d.unit_code = u.code group by d.unit_code, d.type""";
    public static final String DEVICES_ALL = nation(DEVICES, "unnest(cast(?1 as text[])) u(code) join device d on d.unit_code = u.code",
            "device d where cast(?1 as text) is not null");

    /** Feedback received since ?2 and processed, per commune ?1. */
    public static final String FEEDBACK = """
            select f.commune_code, count(*), count(*) filter (where f.status in ('ANSWERED', 'CLOSED', 'REJECTED'))
            from unnest(cast(?1 as text[])) u(code) join feedback f on f.commune_code = u.code
            where f.received_at >= ?2 and f.merged_into is null group by f.commune_code""";
    public static final String FEEDBACK_ALL = nation(FEEDBACK, "unnest(cast(?1 as text[])) u(code) join feedback f on f.commune_code = u.code",
            "feedback f");

    /**
     * The devices' activity from day ?2 to day ?3, per commune ?1 (the roll-up's tables, never the broadcast log): the whole
     * months from ?4 (a first day) to before ?5 from activity_month, the days before ?4 and from ?5 on from activity_day
     * ({@link Months}: ?4 = ?5 when no whole month lies between).
     */
    public static final String ACTIVITY = """
            select unit_code, sum(device_samples), sum(online_samples), sum(fm_seconds), sum(broadcasts), sum(air_seconds), sum(relays),
                   sum(relay_seconds)
            from (select a.unit_code, a.device_samples, a.online_samples, a.fm_seconds, a.broadcasts, a.air_seconds, a.relays, a.relay_seconds
                  from unnest(cast(?1 as text[])) u(code) join activity_month a on a.unit_code = u.code
                  where a.month >= ?4 and a.month < ?5
                  union all
                  select a.unit_code, a.device_samples, a.online_samples, a.fm_seconds, a.broadcasts, a.air_seconds, a.relays, a.relay_seconds
                  from unnest(cast(?1 as text[])) u(code) join activity_day a on a.unit_code = u.code
                  where a.day between ?2 and ?3 and not (a.day >= ?4 and a.day < ?5)) x
            group by unit_code""";
    public static final String ACTIVITY_ALL = """
            select unit_code, sum(device_samples), sum(online_samples), sum(fm_seconds), sum(broadcasts), sum(air_seconds), sum(relays),
                   sum(relay_seconds)
            from (select a.unit_code, a.device_samples, a.online_samples, a.fm_seconds, a.broadcasts, a.air_seconds, a.relays, a.relay_seconds
                  from activity_month a
                  where cast(?1 as text) is not null and a.month >= ?4 and a.month < ?5
                  union all
                  select a.unit_code, a.device_samples, a.online_samples, a.fm_seconds, a.broadcasts, a.air_seconds, a.relays, a.relay_seconds
                  from activity_day a
                  where a.day between ?2 and ?3 and not (a.day >= ?4 and a.day < ?5)) x
            group by unit_code""";

    /** Which of a window's days are read as whole months ([first, end) of first days; first = end when none). */
    public record Months(LocalDate first, LocalDate end) {
        public static Months of(LocalDate from, LocalDate to) {
            LocalDate first = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
            LocalDate end = to.plusDays(1).getDayOfMonth() == 1 ? to.plusDays(1) : to.withDayOfMonth(1);
            return first.isBefore(end) ? new Months(first, end) : new Months(from, from);
        }
    }

    /** The fields the indicators read, a column each: the value a report states for it, or null. */
    static final String FIELD_COLUMNS = Indicator.FIELDS.stream()
            .map(f -> "max(v.value) filter (where v.field_key = '" + f.replace("'", "''") + "')")
            .collect(java.util.stream.Collectors.joining(", "));

    /**
     * Every accepted report of template ?2 of the communes ?1, one row per report with the fields ?3 it states, a column each
     * (null where it says nothing), oldest period first: the trend, each commune's latest report and a chosen period's, all from this one
     * statement.
     */
    public static final String PERIODS = """
            select p.id, p.name, p.cutoff_date, r.unit_code, r.id, """ + FIELD_COLUMNS + "\n" + """
            from unnest(cast(?1 as text[])) u(code) join report r on r.unit_code = u.code join reporting_period p on p.id = r.period_id
                 left join report_value v on v.report_id = r.id and v.field_key = any(cast(?3 as text[]))
            where r.status = 'ACCEPTED' and p.template_code = ?2
            group by p.id, p.name, p.cutoff_date, r.unit_code, r.id
            order by p.cutoff_date, p.id""";
    /** The nation's: every commune's report (not a province's or the ministry's own). */
    public static final String PERIODS_ALL = nation(PERIODS, "unnest(cast(?1 as text[])) u(code) join report r on r.unit_code = u.code",
            "org_unit u join report r on r.unit_code = u.code and u.level = 'COMMUNE' and cast(?1 as text) is not null");

    /** The months from ?1 to ?2 (first days) recomputed from their days. */
    public static final String ROLL_UP_MONTHS = """
            insert into activity_month (unit_code, month, device_samples, online_samples, fm_seconds, broadcasts, air_seconds, relays, relay_seconds)
            select unit_code, cast(date_trunc('month', day) as date), sum(device_samples), sum(online_samples), sum(fm_seconds), sum(broadcasts),
                   sum(air_seconds), sum(relays), sum(relay_seconds)
            from activity_day where day >= ?1 and day < cast(?2 as date) + interval '1 month'
            group by 1, 2
            on conflict (unit_code, month) do update set device_samples = excluded.device_samples, online_samples = excluded.online_samples,
                fm_seconds = excluded.fm_seconds, broadcasts = excluded.broadcasts, air_seconds = excluded.air_seconds,
                relays = excluded.relays, relay_seconds = excluded.relay_seconds""";

    /** One availability sample into day ?1: every commune's devices registered and online now, added. */
    public static final String SAMPLE = """
            insert into activity_day (unit_code, day, device_samples, online_samples)
            select unit_code, ?1, count(*), count(*) filter (where online) from device group by unit_code
            on conflict (unit_code, day) do update set device_samples = activity_day.device_samples + excluded.device_samples,
                online_samples = activity_day.online_samples + excluded.online_samples""";

    /** The broadcast columns of the days from ?1 to before ?2, recomputed from the deliveries of their slots. */
    public static final String ROLL_UP_BROADCASTS = """
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
                relays = excluded.relays, relay_seconds = excluded.relay_seconds""";

    /** The FM fallback seconds of the days ?1 to ?2, recomputed from the periods the devices reported. */
    public static final String ROLL_UP_FM = """
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
            on conflict (unit_code, day) do update set fm_seconds = excluded.fm_seconds""";


    /** A statement over every commune: its join on the communes' codes replaced ({@code all}; ?1 stays bound, unread). */
    private static String nation(String sql, String join, String all) {
        if (!sql.contains(join)) {
            throw new IllegalStateException("no " + join + " in " + sql);
        }
        String out = sql.replace(join, all);
        return out.contains("?1") ? out : out.replaceFirst("\\swhere\\s", "\nwhere cast(?1 as text) is not null and ");
    }

    /** The communes under {@code unit} (the ministry: all; a province: its own; a commune: itself), each with its kind and province. */
    @SuppressWarnings("unchecked")
    public Map<String, CommuneFigures.Builder> communes(String unit) {
        Map<String, CommuneFigures.Builder> out = new LinkedHashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery(COMMUNES).setParameter(1, unit).setHint(NativeSql.TABLES, "org_unit").getResultList()) {
            out.put((String) r[0], new CommuneFigures.Builder((String) r[0], "Phường".equals(r[1]), (String) r[2]));
        }
        return out;
    }

    /**
     * Adds what Nguồn itself knows of the communes: their devices registered and online by type, their feedback of the last
     * twelve months, and their devices' activity from {@code from} to {@code to} (Vietnam's calendar days).
     */
    @SuppressWarnings("unchecked")
    public void live(Map<String, CommuneFigures.Builder> communes, boolean nation, Instant now, LocalDate from, LocalDate to) {
        if (communes.isEmpty()) {
            return;
        }
        String codes = nation ? "*" : NativeSql.array(List.copyOf(communes.keySet()), c -> c);
        for (Object[] r : (List<Object[]>) em.createNativeQuery(nation ? DEVICES_ALL : DEVICES)
                .setParameter(1, codes).setHint(NativeSql.TABLES, "device").getResultList()) {
            CommuneFigures.Builder b = communes.get((String) r[0]); // the nation's statements read every unit's rows: a commune's only
            if (b != null) {
                b.devices((String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue());
            }
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery(nation ? FEEDBACK_ALL : FEEDBACK)
                .setParameter(1, codes).setParameter(2, now.minus(java.time.Duration.ofDays(365)))
                .setHint(NativeSql.TABLES, "feedback").getResultList()) {
            CommuneFigures.Builder b = communes.get((String) r[0]);
            if (b != null) {
                b.feedback(((Number) r[1]).longValue(), ((Number) r[2]).longValue());
            }
        }
        Months months = Months.of(from, to);
        for (Object[] r : (List<Object[]>) em.createNativeQuery(nation ? ACTIVITY_ALL : ACTIVITY)
                .setParameter(1, codes).setParameter(2, from).setParameter(3, to).setParameter(4, months.first()).setParameter(5, months.end())
                .setHint(NativeSql.TABLES, "activity_day,activity_month").getResultList()) {
            CommuneFigures.Builder b = communes.get((String) r[0]);
            if (b != null) {
                b.activity(new Activity(n(r[1]), n(r[2]), n(r[3]), n(r[4]), n(r[5]), n(r[6]), n(r[7])));
            }
        }
    }

    private static long n(Object o) {
        return o == null ? 0 : ((Number) o).longValue();
    }

    /**
     * One availability sample: adds every commune's devices registered and online now to {@code day}'s counts;
     * returns how many communes have devices.
     */
    public int sampleAvailability(LocalDate day) {
        return em.createNativeQuery(SAMPLE).setParameter(1, day).setHint(NativeSql.TABLES, "activity_day").executeUpdate();
    }

    /**
     * Recomputes the broadcast columns of the days {@code from}..{@code to} from the broadcast log (the deliveries of
     * those days' slots, by the slot index); returns the rows written.
     */
    public int rollUpBroadcasts(LocalDate from, LocalDate to) {
        return em.createNativeQuery(ROLL_UP_BROADCASTS)
                .setParameter(1, from).setParameter(2, to.plusDays(1))
                .setHint(NativeSql.TABLES, "activity_day").executeUpdate();
    }

    /**
     * Recomputes the FM fallback seconds of the days {@code from}..{@code to} from the periods the devices reported
     * (a period over midnight split between its days); returns the rows written.
     */
    public int rollUpFm(LocalDate from, LocalDate to) {
        return em.createNativeQuery(ROLL_UP_FM)
                .setParameter(1, from).setParameter(2, to)
                .setHint(NativeSql.TABLES, "activity_day").executeUpdate();
    }

    /** Recomputes the months of the days {@code from}..{@code to} from those months' days; returns the rows written. */
    public int rollUpMonths(LocalDate from, LocalDate to) {
        return em.createNativeQuery(ROLL_UP_MONTHS).setParameter(1, from.withDayOfMonth(1)).setParameter(2, to.withDayOfMonth(1))
                .setHint(NativeSql.TABLES, "activity_month").executeUpdate();
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

    /** A reporting period of the strategy's template, with what its accepted reports said, per commune, and which report. */
    public record PeriodValues(long period, String name, java.time.LocalDate cutoff, Map<String, Map<String, String>> byCommune,
                               Map<String, Long> reports) {
        public PeriodValues(long period, String name, java.time.LocalDate cutoff, Map<String, Map<String, String>> byCommune) {
            this(period, name, cutoff, byCommune, new HashMap<>());
        }
    }

    /** The accepted reports of every period of the strategy's template, oldest first, of the given communes. */
    @SuppressWarnings("unchecked")
    public List<PeriodValues> periods(java.util.Collection<String> communes, boolean nation) {
        Map<Long, PeriodValues> out = new LinkedHashMap<>();
        if (communes.isEmpty()) {
            return List.of();
        }
        for (Object[] r : (List<Object[]>) em.createNativeQuery(nation ? PERIODS_ALL : PERIODS)
                .setParameter(1, nation ? "*" : NativeSql.array(List.copyOf(communes), c -> c)).setParameter(2, Indicator.TEMPLATE).setParameter(3, NativeSql.array(Indicator.FIELDS, x -> x))
                .setHint(NativeSql.TABLES, "report").getResultList()) {
            long id = ((Number) r[0]).longValue();
            PeriodValues p = out.computeIfAbsent(id, k -> new PeriodValues(k, (String) r[1], ((java.sql.Date) r[2]).toLocalDate(),
                    new HashMap<>(), new HashMap<>()));
            Map<String, String> values = new HashMap<>();
            for (int f = 0; f < Indicator.FIELDS.size(); f++) {
                if (r[5 + f] != null) {
                    values.put(Indicator.FIELDS.get(f), (String) r[5 + f]);
                }
            }
            p.byCommune().put((String) r[3], values);
            p.reports().put((String) r[3], ((Number) r[4]).longValue());
        }
        return List.copyOf(out.values());
    }
}
