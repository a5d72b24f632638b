package vn.nguon.bench;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.dashboard.domain.Indicator;
import vn.nguon.dashboard.infrastructure.DashboardData;
import vn.nguon.it.Deployments;
import vn.nguon.sim.Api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboards at national scale: every one of the 3,321 communes with accepted reports in two periods,
 * {@code nguon.bench.devices} devices (default 100,000), {@code nguon.bench.deliveries} deliveries (default 10,000,000:
 * a hundred national bulletins over the past year, each to every device), a year of the devices' daily activity
 * (availability samples of every five minutes, FM fallback) and 100,000 citizens' feedback — all written in SQL —
 * then the year's broadcast columns derived from the deliveries by the roll-up's own statement. Measured through the
 * API with real tokens: the national dashboard, a province's, a commune's, a period's. Targets: p95 ≤ 500 ms national,
 * ≤ 300 ms a province. The plans of the statements a page view runs (and of the roll-up's) are written beside the
 * numbers, in {@code ear/target/benchmark/dashboard.md}.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardBenchmark {

    static final int DEVICES = Integer.getInteger("nguon.bench.devices", 100_000);
    static final long DELIVERIES = Long.getLong("nguon.bench.deliveries", 10_000_000L);
    static final int FEEDBACK = Integer.getInteger("nguon.bench.feedback", 100_000);
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    static String q(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    /** A statement of DashboardData with its parameters written in (?1 … ?3). */
    static String bind(String sql, String... literals) {
        for (int i = literals.length; i >= 1; i--) {
            sql = sql.replace("?" + i, literals[i - 1]);
        }
        return sql;
    }

    static final List<String> log = new ArrayList<>();

    static double timed(Statement st, String what, String sql) throws Exception {
        long t0 = System.nanoTime();
        st.execute(sql);
        double s = (System.nanoTime() - t0) / 1e9;
        log.add(String.format(Locale.ROOT, "| %s | %.1f |", what, s));
        System.out.printf(Locale.ROOT, "%s: %.1f s%n", what, s);
        return s;
    }

    static void seed(Connection db) throws Exception {
        db.setAutoCommit(true);
        try (Statement st = db.createStatement()) {
            st.execute("set maintenance_work_mem = '1GB'");
            st.execute("set work_mem = '256MB'");
            LocalDate today = LocalDate.now(VN);
            // two periods, every commune's accepted report in each, with the fields the indicators read
            for (int year : new int[]{today.getYear() - 2, today.getYear() - 1}) {
                st.execute("""
                        insert into reporting_period (id, name, template_code, template_version, cutoff_date, due_commune, due_province,
                                                      due_ministry, status, opened_by, opened_at, closed_at, version)
                        values (nextval('reporting_period_seq'), 'Kỳ đo tải %1$d', 'TTCS-2021-2025', 1, date '%1$d-12-31', date '%1$d-12-31',
                                date '%1$d-12-31', date '%1$d-12-31', 'CLOSED', 'bench', now(), now(), 0)""".formatted(year));
            }
            timed(st, "3,321 communes × 2 periods: accepted reports", """
                    insert into report (id, period_id, unit_code, status, revision, updated_by, updated_at, version)
                    select nextval('report_seq'), p.id, c.code, 'ACCEPTED', 1, 'bench', now(), 0
                    from org_unit c cross join reporting_period p where c.level = 'COMMUNE' and p.name like 'Kỳ đo tải %'""");
            timed(st, "their values (8 fields each)", """
                    insert into report_value (report_id, field_key, value)
                    select r.id, f.key, case f.key
                        when 'PL01.co_dai.sau' then case when random() < 0.95 then 'có' else 'không' end
                        when 'PL01.dai_ung_dung.sau' then case when random() < 0.6 then 'có' else 'không' end
                        when 'PL02.co_trang_ttdt.sau' then case when random() < 0.8 then 'có' else 'không' end
                        when 'PL01.thon.sau' then '12'
                        when 'PL01.thon_co_loa.sau' then cast(8 + floor(random() * 5) as text)
                        when 'PL01.cum_loa_ip.sau' then cast(floor(random() * 13) as text)
                        when 'PL02.bang_tin.sau' then cast(floor(random() * 3) as text)
                        else cast(50 + floor(random() * 51) as text) end
                    from report r join reporting_period p on p.id = r.period_id
                         cross join unnest(cast(%s as text[])) f(key)
                    where p.name like 'Kỳ đo tải %%'""".formatted(q("{" + String.join(",", Indicator.FIELDS) + "}")));
            timed(st, "%,d devices (9 in 10 loudspeaker clusters, 9 in 10 online)".formatted(DEVICES), """
                    insert into device (id, unit_code, type, name, transport, credential_state, created_by, created_at, version, online, last_seen_at)
                    select 'bench-' || g, c.code, case when g %% 10 = 0 then 'EBOARD' else 'LOUDSPEAKER_CLUSTER' end, 'Thiết bị đo tải ' || g,
                           'CELLULAR', 'NONE', 'bench', now(), 0, random() < 0.9, now()
                    from generate_series(0, %d) g
                         join (select code, cast(row_number() over (order by code) - 1 as int) as i from org_unit where level = 'COMMUNE') c
                           on c.i = g %% 3321""".formatted(DEVICES - 1));
            st.execute("""
                    insert into bulletin (id, owner_unit, kind, title, category, priority, status, revision, starts_at, expires_at, recurrence,
                                          created_by, created_at, version)
                    select -g, 'BVHTTDL', 'BULLETIN', 'Bản tin đo tải ' || g, 'OTHER', 'NORMAL', 'APPROVED', 1,
                           now() - make_interval(hours => g * 87 + 1), now() - make_interval(hours => g * 87), 'ONCE', 'bench', now(), 0
                    from generate_series(1, 100) g""");
            // the deliveries as a bulk load does it: the table's indexes and constraints dropped, the rows written, all rebuilt
            List<String> rebuild = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("""
                    select 'alter table delivery add constraint ' || conname || ' ' || pg_get_constraintdef(oid), conname
                    from pg_constraint where conrelid = 'delivery'::regclass and contype in ('p', 'u', 'f') order by contype desc""")) {
                while (rs.next()) {
                    rebuild.add(rs.getString(1));
                }
            }
            List<String> indexes = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("""
                    select indexdef, indexname from pg_indexes where tablename = 'delivery'
                      and indexname not in (select conname from pg_constraint where conrelid = 'delivery'::regclass)""")) {
                while (rs.next()) {
                    indexes.add(rs.getString(1));
                    st.getConnection().createStatement().execute("drop index " + rs.getString(2));
                }
            }
            try (ResultSet rs = st.executeQuery("select conname from pg_constraint where conrelid = 'delivery'::regclass and contype in ('p', 'u', 'f')")) {
                List<String> names = new ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
                for (String n : names) {
                    st.execute("alter table delivery drop constraint " + n);
                }
            }
            long perBulletin = Math.max(1, DELIVERIES / 100);
            timed(st, "%,d deliveries (100 bulletins × every device, played 10–20 min, 1 in 50 failed)".formatted(DELIVERIES), """
                    insert into delivery (id, bulletin_id, revision, device_id, unit_code, slot_at, expires_at, priority, language, state,
                                          created_at, received_at, playing_at, ended_at, sent_at, attempts)
                    select gen_random_uuid(), -k, 1, d.id, d.unit_code, s.slot, s.slot + interval '1 hour', 'NORMAL', 'vi',
                           case when random() < 0.02 then 'FAILED' else 'DONE' end, s.slot, s.slot, s.slot,
                           s.slot + make_interval(secs => 600 + floor(random() * 600)), s.slot, 1
                    from generate_series(1, 100) k
                         cross join lateral (select now() - make_interval(hours => k * 87 + 1) as slot) s
                         join lateral (select id, unit_code from device where id like 'bench-%%' order by id limit %d) d on true""".formatted(perBulletin));
            for (String i : indexes) {
                timed(st, "rebuilt: " + i.replaceAll(".*INDEX (\\S+).*", "$1"), i);
            }
            for (String c : rebuild) {
                timed(st, "rebuilt: " + c.replaceAll("alter table delivery add constraint (\\S+).*", "$1"), c);
            }
            timed(st, "a year of availability samples and FM fallback per commune (%,d rows)".formatted(3321 * 365), """
                    insert into activity_day (unit_code, day, device_samples, online_samples, fm_seconds)
                    select c.unit_code, cast(day as date), c.n * 288, floor(c.n * 288 * (0.85 + random() * 0.15)), floor(random() * 7200)
                    from (select unit_code, count(*) as n from device where id like 'bench-%' group by unit_code) c
                         cross join generate_series(current_date - 365, current_date - 1, interval '1 day') day
                    on conflict (unit_code, day) do nothing""");
            timed(st, "the year's broadcast columns from the deliveries (the roll-up's statement over 366 days)", bind(DashboardData.ROLL_UP_BROADCASTS,
                    q(today.minusDays(366).toString()), q(today.plusDays(1).toString())));
            timed(st, "the year's months from its days (the roll-up's statement over 13 months)", bind(DashboardData.ROLL_UP_MONTHS,
                    q(today.minusDays(366).withDayOfMonth(1).toString()), q(today.withDayOfMonth(1).toString())));
            timed(st, "%,d citizens' feedback over the year".formatted(FEEDBACK), """
                    insert into feedback (code, category_code, commune_code, handling_unit, title, text, channel, priority, status, anonymous,
                                          received_at, due_at, updated_at, version)
                    select 'BENCH' || g, (select min(code) from feedback_category), c.code, c.code, 'Phản ánh đo tải ' || g, 'Nội dung', 'WEB',
                           'NORMAL', case when random() < 0.8 then 'ANSWERED' else 'RECEIVED' end, true,
                           now() - make_interval(days => cast(floor(random() * 360) as int)), now() + interval '30 days', now(), 0
                    from generate_series(0, %d) g
                         join (select code, cast(row_number() over (order by code) - 1 as int) as i from org_unit where level = 'COMMUNE') c
                           on c.i = g %% 3321""".formatted(FEEDBACK - 1));
            for (String t : List.of("report", "report_value", "device", "delivery", "activity_day", "feedback", "bulletin")) {
                st.execute("vacuum analyze " + t);
            }
        }
    }

    /** The activity statement with its days and months written in. */
    static String activity(String sql, String codes, LocalDate from, LocalDate to) {
        DashboardData.Months m = DashboardData.Months.of(from, to);
        return bind(sql, codes, q(from.toString()), q(to.toString()), q(m.first().toString()), q(m.end().toString()));
    }

    /** The codes of the units matching {@code where}, as a text[] literal (what the statements take as ?1). */
    static String codes(Statement st, String where) throws Exception {
        try (ResultSet rs = st.executeQuery("select '{' || string_agg(code, ',' order by code) || '}' from org_unit where " + where)) {
            rs.next();
            return q(rs.getString(1));
        }
    }

    static String plan(Statement st, String sql) throws Exception {
        StringBuilder b = new StringBuilder();
        try (ResultSet rs = st.executeQuery("explain (analyze, buffers, costs off) " + sql)) {
            while (rs.next()) {
                b.append(rs.getString(1)).append('\n');
            }
        }
        return b.toString();
    }

    @Test
    void theNationsAndAProvincesDashboardsOpenFast() throws Exception {
        long deliveries, activityRows;
        StringBuilder plans = new StringBuilder();
        LocalDate today = LocalDate.now(VN);
        try (Connection db = ReportingBenchmark.db(); Statement st = db.createStatement()) {
            seed(db);
            try (ResultSet rs = st.executeQuery("select (select count(*) from delivery), (select count(*) from activity_day)")) {
                rs.next();
                deliveries = rs.getLong(1);
                activityRows = rs.getLong(2);
            }
            String fields = q("{" + String.join(",", Indicator.FIELDS) + "}");
            String from = q(today.minusDays(29).toString()), to = q(today.toString());
            // the day the latest seeded bulletin played (88 hours ago): the roll-up's busiest two days
            LocalDate busy = java.time.ZonedDateTime.now(VN).minusHours(88).toLocalDate();
            String laiChau = codes(st, "parent_code = '12'");
            for (String[] s : new String[][]{
                    {"the communes under the unit, nation", bind(DashboardData.COMMUNES, q("BVHTTDL"))},
                    {"every accepted report with its fields, one row each (the trend, the latest, a period), nation",
                            bind(DashboardData.PERIODS_ALL, "'*'", q(Indicator.TEMPLATE), fields)},
                    {"the same, Lai Châu", bind(DashboardData.PERIODS, laiChau, q(Indicator.TEMPLATE), fields)},
                    {"devices registered and online, nation", bind(DashboardData.DEVICES_ALL, "'*'")},
                    {"devices registered and online, Lai Châu", bind(DashboardData.DEVICES, laiChau)},
                    {"feedback of 12 months, nation", bind(DashboardData.FEEDBACK_ALL, "'*'", "now() - interval '365 days'")},
                    {"the activity of the last 30 days, nation", activity(DashboardData.ACTIVITY_ALL, "'*'", today.minusDays(29), today)},
                    {"the activity of a year, nation (a period: twelve whole months)", activity(DashboardData.ACTIVITY_ALL, "'*'",
                            today.withDayOfMonth(1).minusMonths(12), today.withDayOfMonth(1).minusDays(1))},
                    {"the activity of 365 days, nation (a period cut mid-month: the edges by day)", activity(DashboardData.ACTIVITY_ALL, "'*'",
                            today.minusDays(364), today)},
                    {"the activity of the last 30 days, Lai Châu", activity(DashboardData.ACTIVITY, laiChau, today.minusDays(29), today)},
                    {"roll-up: two days' broadcasts, one with a national bulletin (100,000 deliveries), as every 5 min",
                            bind(DashboardData.ROLL_UP_BROADCASTS, q(busy.toString()), q(busy.plusDays(2).toString()))},
                    {"roll-up: one availability sample (every 5 min)", bind(DashboardData.SAMPLE, q(today.toString()))}}) {
                db.setAutoCommit(false);
                plans.append("### ").append(s[0]).append("\n\n```\n").append(plan(st, s[1])).append("```\n\n");
                db.rollback();
                db.setAutoCommit(true);
            }
        }
        Api.as("bo.canbo").get("dashboard"); // a fresh connection after the long load
        long[] nation = UserAdminBenchmark.measure(() -> Api.as("bo.canbo").get("dashboard"));
        long[] province = UserAdminBenchmark.measure(() -> Api.as("laichau.canbo").get("dashboard"));
        long[] commune = UserAdminBenchmark.measure(() -> Api.as("binhlu.canbo").get("dashboard"));
        Api.Reply d = Api.as("bo.canbo").get("dashboard");
        assertEquals(34, d.json().getJsonArray("rows").size());
        assertTrue(d.json().getJsonObject("self").getInt("communesReported") >= 3321, "every commune reported");
        long period = d.json().getJsonArray("trend").getJsonObject(d.json().getJsonArray("trend").size() - 1).getJsonNumber("id").longValue();
        long[] nationPeriod = UserAdminBenchmark.measure(() -> Api.as("bo.canbo").get("dashboard?period=" + period));
        StringBuilder out = new StringBuilder("# Dashboards benchmark\n\n");
        out.append(String.format(Locale.ROOT, "%,d deliveries, %,d devices, %,d rows of daily activity (a year × 3,321 communes), "
                        + "3,321 communes × 2 periods of accepted reports, %,d feedback. %d requests each after 20 warm-ups, one client, "
                        + "real tokens, through the API (`GET /api/dashboard`).%n%n", deliveries, DEVICES, activityRows, FEEDBACK,
                UserAdminBenchmark.SAMPLES));
        out.append("| dashboard | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|\n");
        out.append(UserAdminBenchmark.row("the nation (34 provinces, 3,321 communes), last 30 days", nation));
        out.append(UserAdminBenchmark.row("the nation, a period (its year of activity)", nationPeriod));
        out.append(UserAdminBenchmark.row("Lai Châu (38 communes)", province));
        out.append(UserAdminBenchmark.row("Bình Lư (a commune)", commune));
        out.append("\n## Seeding\n\n| step | s |\n|---|---:|\n").append(log.stream().collect(Collectors.joining("\n"))).append("\n\n");
        out.append("## Plans of the statements a page view runs, and the roll-up's\n\n").append(plans);
        System.out.println(out);
        Path file = Path.of("target/benchmark/dashboard.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }
}
