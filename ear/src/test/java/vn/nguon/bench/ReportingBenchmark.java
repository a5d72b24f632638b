package vn.nguon.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.sim.Api;
import vn.nguon.it.Deployments;
import vn.nguon.reporting.domain.ReportTemplate;
import vn.nguon.reporting.infrastructure.TemplateParser;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import vn.nguon.it.Periods;

/**
 * The reporting benchmark (not a test: it asserts correctness, never time). Run it with
 * {@code bash wildfly-config/dev/nguon.sh bench}; it prints its numbers and writes them to
 * {@code ear/target/benchmark/reporting.md}.
 * <ol>
 * <li><b>Workflow transitions</b> through the real system: real Keycloak tokens, HTTP, JAX-RS,
 * the EJB with its access checks, PostgreSQL (snapshot, audit row, document number) and the JMS
 * notification to the next unit. The 38 communes of Lai Châu each get a leader and an officer
 * (created in Keycloak by the harness); {@code nguon.bench.periods} periods give 38 reports each,
 * filled through the API; then every report is signed, submitted and accepted by
 * {@code nguon.bench.threads} concurrent clients, one phase after the other.</li>
 * <li><b>National roll-up</b>: one period where all 3,321 communes have an accepted report (seeded
 * in SQL: 3,321 × the template's ~110 values), then the 34 provinces' roll-ups (each over its
 * communes, per-commune breakdown included) and the boards, as the ministry asks for them.</li>
 * </ol>
 */
@ExtendWith(ArquillianExtension.class)
class ReportingBenchmark {

    static final int PERIODS = Integer.getInteger("nguon.bench.periods", 30);
    static final int WARMUP_PERIODS = Integer.getInteger("nguon.bench.warmup", 10);
    static final int THREADS = Integer.getInteger("nguon.bench.threads", 16);
    static final String LAI_CHAU = "12";

    static final ReportTemplate TEMPLATE = TemplateParser.parse("ttcs-2021-2025.json", new InputStreamReader(
            ReportingBenchmark.class.getClassLoader().getResourceAsStream("vn/nguon/reporting/templates/ttcs-2021-2025.json"),
            StandardCharsets.UTF_8));

    final StringBuilder out = new StringBuilder();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void workflowAndRollup() throws Exception {
        line("# Reporting benchmark");
        line("");
        line("Machine: " + Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + "; WildFly, PostgreSQL, Artemis, Keycloak and this client on the same machine.");
        line("");
        workflow();
        rollup();
        Path file = Path.of("target/benchmark/reporting.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out);
    }

    // --- workflow ---------------------------------------------------------------------------

    void workflow() throws Exception {
        List<String> communes = communesOf(LAI_CHAU);
        KeycloakUsers.ensure(communes);
        // a fresh server compiles as it goes: one unmeasured round first, as a server that has run for a while would be
        StringBuilder real = new StringBuilder(out);
        round(communes, WARMUP_PERIODS);
        out.setLength(0);
        out.append(real);
        line("(after an unmeasured warm-up round of " + WARMUP_PERIODS + " periods, which also fetched every user's token)");
        line("");
        round(communes, PERIODS);
    }

    void round(List<String> communes, int periods) throws Exception {

        Map<String, String> values = complete();
        List<long[]> reports = Collections.synchronizedList(new ArrayList<>()); // {reportId, communeIndex}
        List<String> units = communes;
        long t0 = System.nanoTime();
        List<Callable<Void>> fill = new ArrayList<>();
        for (int p = 0; p < periods; p++) {
            long period = Periods.open(TEMPLATE.id());
            for (int i = 0; i < units.size(); i++) {
                int unit = i;
                fill.add(() -> {
                    String officer = KeycloakUsers.officer(units.get(unit));
                    JsonObject own = Api.as(officer).get("periods/" + period + "/own").json();
                    JsonObjectBuilder v = Json.createObjectBuilder();
                    values.forEach(v::add);
                    Api.Reply saved = Api.as(officer).put("reports/" + own.getJsonNumber("id").longValue(),
                            Json.createObjectBuilder().add("version", own.getJsonNumber("version").longValue())
                                    .add("values", v).build());
                    if (saved.status() != 200) {
                        throw new IllegalStateException("fill: " + saved);
                    }
                    reports.add(new long[]{own.getJsonNumber("id").longValue(), unit});
                    return null;
                });
            }
        }
        run(fill);
        double fillSeconds = (System.nanoTime() - t0) / 1e9;
        line("## Workflow transitions (HTTP API, " + THREADS + " concurrent clients)");
        line("");
        line(String.format(Locale.ROOT, "%d reports (%d periods × %d communes) created and filled (GET own + PUT %d values) in %.1f s.",
                reports.size(), periods, units.size(), values.size(), fillSeconds));
        line("");
        line("| step | transitions | seconds | transitions/s | p50 ms | p95 ms | p99 ms |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        long total = 0;
        double seconds = 0;
        for (String step : List.of("sign", "submit", "accept")) {
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            List<Callable<Void>> calls = new ArrayList<>();
            for (long[] r : reports) {
                String user = step.equals("accept") ? "laichau.canbo" : KeycloakUsers.leader(units.get((int) r[1]));
                calls.add(() -> {
                    long s = System.nanoTime();
                    Api.Reply reply = Api.as(user).post("reports/" + r[0] + "/" + step, jakarta.json.JsonValue.EMPTY_JSON_OBJECT);
                    latencies.add(System.nanoTime() - s);
                    if (reply.status() != 200) {
                        throw new IllegalStateException(step + " " + r[0] + ": " + reply);
                    }
                    return null;
                });
            }
            long s = System.nanoTime();
            run(calls);
            double secs = (System.nanoTime() - s) / 1e9;
            total += calls.size();
            seconds += secs;
            line(String.format(Locale.ROOT, "| %s | %d | %.2f | **%.0f** | %.1f | %.1f | %.1f |", step, calls.size(), secs,
                    calls.size() / secs, pct(latencies, 50), pct(latencies, 95), pct(latencies, 99)));
        }
        line(String.format(Locale.ROOT, "| all three | %d | %.2f | **%.0f** | | | |", total, seconds, total / seconds));
        line("");
        // correctness, not time: every report accepted, numbers per unit gap-free
        try (Connection c = db(); Statement st = c.createStatement()) {
            ResultSet rs = st.executeQuery("select count(*) from report where status = 'ACCEPTED' and id = any(array["
                    + String.join(",", reports.stream().map(r -> Long.toString(r[0])).toList()) + "])");
            rs.next();
            assertEquals(reports.size(), rs.getInt(1));
        }
    }

    // --- national roll-up -------------------------------------------------------------------

    void rollup() throws Exception {
        long period = Periods.open(TEMPLATE.id());
        long t0 = System.nanoTime();
        int seeded = seedNation(period);
        double seedSeconds = (System.nanoTime() - t0) / 1e9;
        List<String> provinces = Api.as("bo.canbo").get("periods/" + period + "/board?unit=BVHTTDL").body().asJsonArray()
                .getValuesAs(JsonObject.class).stream().map(o -> o.getString("unitCode")).toList();
        assertEquals(34, provinces.size());

        // warm-up once, then measure the best of 5 (the first call of a kind compiles queries and JIT)
        nationalRollup(period, provinces);
        List<Long> national = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            national.add(nationalRollup(period, provinces));
        }
        List<Long> parallel = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            parallel.add(parallelRollup(period, provinces));
        }
        List<Long> boards = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long s = System.nanoTime();
            for (String p : provinces) {
                Api.as("bo.canbo").get("periods/" + period + "/board?unit=" + p);
            }
            boards.add(System.nanoTime() - s);
        }
        List<Long> ministryBoard = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long s = System.nanoTime();
            Api.as("bo.canbo").get("periods/" + period + "/board?unit=BVHTTDL");
            ministryBoard.add(System.nanoTime() - s);
        }
        String biggest = biggestProvince();
        List<Long> biggestBoard = new ArrayList<>();
        List<Long> biggestRollup = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long s = System.nanoTime();
            Api.as("bo.canbo").get("periods/" + period + "/board?unit=" + biggest);
            biggestBoard.add(System.nanoTime() - s);
            s = System.nanoTime();
            JsonObject r = Api.as("bo.canbo").get("periods/" + period + "/rollup?unit=" + biggest).json();
            biggestRollup.add(System.nanoTime() - s);
            assertEquals(0, r.getJsonArray("missing").size());
        }
        line("## National roll-up over all 3,321 communes");
        line("");
        line(String.format(Locale.ROOT, "%d accepted commune reports seeded in SQL (%d values each) in %.1f s.", seeded,
                complete().size(), seedSeconds));
        line("");
        line("| what | median ms | best ms |");
        line("|---|---:|---:|");
        line(row("national roll-up: the 34 provinces' roll-ups one after the other (3,321 communes, with breakdown)", national));
        line(row("national roll-up: the 34 provinces' roll-ups, 4 at a time", parallel));
        line(row("the 34 provinces' boards one after the other (3,321 rows)", boards));
        line(row("the ministry's board (34 provinces)", ministryBoard));
        line(row("the board of the largest province (" + biggest + ")", biggestBoard));
        line(row("the roll-up of the largest province (" + biggest + ")", biggestRollup));
        line("");
    }

    private static String row(String what, List<Long> nanos) {
        return String.format(Locale.ROOT, "| %s | %.0f | %.0f |", what, pct(nanos, 50), pct(nanos, 0));
    }

    private long nationalRollup(long period, List<String> provinces) {
        long s = System.nanoTime();
        int communes = 0;
        for (String p : provinces) {
            JsonObject r = Api.as("bo.canbo").get("periods/" + period + "/rollup?unit=" + p).json();
            communes += r.getJsonArray("accepted").size();
        }
        long took = System.nanoTime() - s;
        assertEquals(3321, communes, "every commune is in the national roll-up");
        return took;
    }

    private long parallelRollup(long period, List<String> provinces) throws Exception {
        AtomicInteger communes = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long s = System.nanoTime();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (String p : provinces) {
                fs.add(pool.submit(() -> communes.addAndGet(Api.as("bo.canbo").get("periods/" + period + "/rollup?unit=" + p)
                        .json().getJsonArray("accepted").size())));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        long took = System.nanoTime() - s;
        assertEquals(3321, communes.get());
        return took;
    }

    /** Every commune of the country gets an ACCEPTED report with a full set of values for the period. */
    private int seedNation(long period) throws Exception {
        Map<String, String> values = complete();
        try (Connection c = db()) {
            c.setAutoCommit(false);
            List<String> communes = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery("select code from org_unit where level = 'COMMUNE' order by code")) {
                while (rs.next()) {
                    communes.add(rs.getString(1));
                }
            }
            try (PreparedStatement r = c.prepareStatement("""
                    insert into report (id, period_id, unit_code, status, revision, document_number, signed_by, signed_at,
                                        submitted_at, updated_by, updated_at, version)
                    values (nextval('report_seq'), ?, ?, 'ACCEPTED', 1, '1/BC-UBND', 'bench', now(), now(), 'bench', now(), 0)
                    returning id""");
                 PreparedStatement v = c.prepareStatement("insert into report_value (report_id, field_key, value) values (?, ?, ?)")) {
                // each nextval of the pooled sequence is a block Hibernate never hands out again
                for (String commune : communes) {
                    r.setLong(1, period);
                    r.setString(2, commune);
                    long id;
                    try (ResultSet rs = r.executeQuery()) {
                        rs.next();
                        id = rs.getLong(1);
                    }
                    for (Map.Entry<String, String> e : values.entrySet()) {
                        v.setLong(1, id);
                        v.setString(2, e.getKey());
                        v.setString(3, e.getValue());
                        v.addBatch();
                    }
                    v.executeBatch();
                }
            }
            c.commit();
            return communes.size();
        }
    }

    private String biggestProvince() throws Exception {
        try (Connection c = db(); ResultSet rs = c.createStatement().executeQuery(
                "select parent_code from org_unit where level = 'COMMUNE' group by parent_code order by count(*) desc limit 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

    static List<String> communesOf(String province) throws Exception {
        List<String> codes = new ArrayList<>();
        try (Connection c = db(); PreparedStatement ps = c.prepareStatement("select code from org_unit where parent_code = ? order by code")) {
            ps.setString(1, province);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        return codes;
    }

    static Connection db() throws Exception {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + System.getProperty("nguon.db.port", "55432")
                + "/nguon", "nguon", "nguon");
    }

    /** Every field with a valid value: narratives with a paragraph, numbers, yes/no. */
    static Map<String, String> complete() {
        Map<String, String> values = new LinkedHashMap<>();
        TEMPLATE.fields().values().forEach(f -> values.put(f.key(), f.isSection()
                ? "Nội dung phần " + f.section().code() + ": " + "Đã triển khai đầy đủ các nhiệm vụ được giao. ".repeat(8)
                : switch (f.indicator().type()) {
                    case YES_NO -> "có";
                    case PERCENT -> "80";
                    case DATE -> "01/07/2025";
                    case TEXT -> "ghi chú";
                    default -> "12";
                }));
        values.put("PL01.cum_loa_ip.truoc", "5");
        values.put("PL01.cum_loa_ip.sau", "6");
        return values;
    }

    private static void run(List<Callable<Void>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (Future<Void> f : pool.invokeAll(calls)) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private static double pct(List<Long> nanos, int p) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int i = p == 0 ? 0 : Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(i) / 1e6;
    }

    private void line(String s) {
        System.out.println(s);
        out.append(s).append('\n');
    }
}
