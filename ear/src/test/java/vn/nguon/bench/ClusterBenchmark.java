package vn.nguon.bench;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.nguon.it.Stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Scale on the clustered profile, in one run on the same stack: the emergency alert to
 * {@link #DEVICES} devices through the raw broker, through Nguồn on two nodes behind HAProxy, and
 * through Nguồn on one node (the second stopped); then the reporting workflow's transitions/s
 * (ReportingBenchmark's round: 16 API clients) on two nodes and on one. The CPU each server used
 * during each measured alert is read from {@code /proc}: on this machine (2 cores) every server and
 * the load generator share the same two cores, which is what bounds the second node's gain.
 * Not an Arquillian test: its own Failsafe execution of the benchmark profile, after the others
 * ({@code nguon.sh cluster-start} on the benchmark's stack). Numbers in
 * {@code ear/target/benchmark/cluster.md}; {@code -Dnguon.bench.cluster.skip=true} leaves it out.
 */
class ClusterBenchmark {

    static final Path STATE = Stack.STATE;
    static final int DEVICES = Integer.getInteger("nguon.bench.cluster.devices", 10_000);
    static final int ROUNDS = Integer.getInteger("nguon.bench.rounds", 3);
    static final int WARMUPS = Integer.getInteger("nguon.bench.cluster.warmups", 3);
    /** Sơn La: the alert reaches exactly the harness's devices. */
    static final String PROVINCE = "14";
    static final StringBuilder OUT = new StringBuilder();
    static final List<String> SERVERS = List.of("node1", "node2", "artemis", "keycloak");

    record Row(String path, BroadcastBenchmark.Result result, Map<String, Double> cpu, double machine) {
    }

    @BeforeAll
    static void startCluster() throws Exception {
        script("cluster-start");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        script("cluster-stop");
    }

    @Test
    void alertAndReportingOnTwoNodesAndOne() throws Exception {
        line("# Cluster benchmark (%s, %d cores)", Instant.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors());
        line("");
        line("The clustered profile (docs/cluster.md): two WildFly nodes behind HAProxy, the live broker of the pair, PostgreSQL,");
        line("Keycloak, and this harness's %,d MQTT devices and API clients, all on this machine.", DEVICES);
        line("");
        List<Row> rows = new ArrayList<>();
        String reportingTwo;
        String reportingOne;
        long heapBefore = brokerHeapKb();
        try (Fleet fleet = BroadcastBenchmark.provision(DEVICES, PROVINCE)) {
            long heapAfter = brokerHeapKb();
            line("- the live broker's heap after a full GC: %,d MB before the devices connected, %,d MB with them: **%.0f MB per 1,000"
                    + " connected devices** (a persistent session, a command subscription and a retained status each)",
                    heapBefore / 1024, heapAfter / 1024, (heapAfter - heapBefore) / 1024.0 / (DEVICES / 1000.0));
            BroadcastBenchmark.raw(fleet);
            for (int i = 0; i < WARMUPS; i++) {
                BroadcastBenchmark.nguon(fleet, PROVINCE, false);
                BroadcastBenchmark.settle();
            }
            alerts(fleet, "two nodes", rows);
            reportingTwo = reporting(true);

            script("node-stop", "node2");
            BroadcastBenchmark.nguon(fleet, PROVINCE, false); // node1 alone: its share of the MDBs' work doubles
            BroadcastBenchmark.settle();
            alerts(fleet, "one node", rows);
            reportingOne = reporting(false);
            assertEquals((1 + WARMUPS + 2 * ROUNDS) * DEVICES, fleet.plays.get(), "every device got exactly one PLAY per alert");
        }
        line("");
        line("## The alert to %,d devices (approval → every acknowledgement recorded; raw: first send → every answer)", DEVICES);
        line("");
        line("| round | path | all acks in | throughput | p50 | p95 | p99 | CPU s: node1 / node2 / broker / Keycloak | machine busy |");
        line("|---:|---|---:|---:|---:|---:|---:|---|---:|");
        for (Row r : rows) {
            BroadcastBenchmark.Result x = r.result();
            line("| %d | %s | %.2f s | %,.0f /s | %,d ms | %,d ms | %,d ms | %s | %s |", x.round(), r.path(), x.seconds(), x.rate(),
                    x.p50(), x.p95(), x.p99(), cpu(r.cpu()), Double.isNaN(r.machine()) ? "" : String.format(Locale.ROOT, "%.0f %%", 100 * r.machine()));
        }
        line("");
        double two = median(rows, "Nguồn, two nodes");
        double one = median(rows, "Nguồn, one node");
        double raw = median(rows, "raw broker");
        line("- median throughput: raw broker %,.0f /s, Nguồn on two nodes %,.0f /s, on one node %,.0f /s: two nodes = **%.2f ×** one node",
                raw, two, one, two / one);
        line("");
        line("## Reporting transitions (16 API clients through HAProxy)");
        line("");
        line("### Two nodes");
        line("");
        line("%s", reportingTwo);
        line("### One node (the second stopped)");
        line("");
        line("%s", reportingOne);
        line("");
        sizes();
        line("Details of the alerts (dispatch committed, last PLAY):");
        line("");
        OUT.append(BroadcastBenchmark.OUT);
        Path file = Path.of("target/benchmark/cluster.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, OUT.toString());
        assertTrue(two > 0 && one > 0);
    }

    /**
     * What a row costs on disk, table and indexes together, for the tables this run filled (docs/sizing.md): PostgreSQL's
     * own figures after an ANALYZE, for tables with at least 1,000 rows.
     */
    static void sizes() throws Exception {
        line("## Disk per row (PostgreSQL, table + indexes + TOAST, after this run)");
        line("");
        line("| table | rows | total | bytes per row |");
        line("|---|---:|---:|---:|");
        try (java.sql.Connection db = ReportingBenchmark.db(); java.sql.Statement st = db.createStatement()) {
            st.execute("analyze");
            try (java.sql.ResultSet rs = st.executeQuery("""
                    select c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid)
                    from pg_class c join pg_namespace n on n.oid = c.relnamespace
                    where n.nspname = 'public' and c.relkind = 'r' and c.reltuples >= 1000
                    order by pg_total_relation_size(c.oid) desc""")) {
                while (rs.next()) {
                    line("| %s | %,d | %,d kB | %,d |", rs.getString(1), rs.getLong(2), rs.getLong(3) / 1024, rs.getLong(3) / rs.getLong(2));
                }
            }
            try (java.sql.ResultSet rs = st.executeQuery("select pg_database_size(current_database())")) {
                rs.next();
                line("");
                line("The whole database: %,d MB.", rs.getLong(1) / (1024 * 1024));
            }
        }
        line("");
    }

    /** {@link #ROUNDS} rounds, each the raw broker then Nguồn, with the CPU each server used during Nguồn's alert. */
    static void alerts(Fleet fleet, String nodes, List<Row> rows) throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            BroadcastBenchmark.Result raw = BroadcastBenchmark.raw(fleet).inRound(round);
            rows.add(new Row("raw broker", raw, Map.of(), Double.NaN));
            BroadcastBenchmark.settle();
            Map<String, Double> before = cpuSeconds();
            long[] machine = BroadcastBenchmark.cpuTicks();
            BroadcastBenchmark.Result nguon = BroadcastBenchmark.nguon(fleet, PROVINCE, true).inRound(round);
            long[] machineAfter = BroadcastBenchmark.cpuTicks();
            Map<String, Double> after = cpuSeconds();
            Map<String, Double> used = new LinkedHashMap<>();
            for (String s : SERVERS) {
                used.put(s, after.getOrDefault(s, 0.0) - before.getOrDefault(s, 0.0));
            }
            rows.add(new Row("Nguồn, " + nodes, nguon, used,
                    (double) (machineAfter[0] - machine[0]) / Math.max(1, machineAfter[1] - machine[1])));
            BroadcastBenchmark.settle();
        }
    }

    /** ReportingBenchmark's workflow round through HAProxy: transitions/s of sign, submit, accept. */
    static String reporting(boolean warmUpFirst) throws Exception {
        ReportingBenchmark bench = new ReportingBenchmark();
        if (warmUpFirst) {
            bench.workflow();
        } else {
            bench.round(ReportingBenchmark.communesOf(ReportingBenchmark.LAI_CHAU), ReportingBenchmark.PERIODS);
        }
        String table = bench.out.toString();
        System.out.println(table);
        return table.substring(table.lastIndexOf("## Workflow")).replaceFirst("^## Workflow", "#### Workflow");
    }

    static double median(List<Row> rows, String path) {
        double[] rates = rows.stream().filter(r -> r.path().equals(path)).mapToDouble(r -> r.result().rate()).sorted().toArray();
        return rates.length == 0 ? 0 : rates[rates.length / 2];
    }

    static String cpu(Map<String, Double> used) {
        if (used.isEmpty()) {
            return "";
        }
        return String.format(Locale.ROOT, "%.1f / %.1f / %.1f / %.1f", used.get("node1"), used.get("node2"), used.get("artemis"),
                used.get("keycloak"));
    }

    /** The live broker's used heap right after a full GC (jcmd), in kB. */
    static long brokerHeapKb() throws Exception {
        long pid = Long.parseLong(Files.readString(STATE.resolve("pids/artemis.pid")).trim());
        ProcessHandle started = ProcessHandle.of(pid).orElseThrow();
        // Artemis's launcher execs its JVM: the process started is the JVM itself, or one of its descendants
        long jvm = java.util.stream.Stream.concat(java.util.stream.Stream.of(started), started.descendants())
                .filter(p -> p.info().command().map(c -> c.endsWith("/java")).orElse(false)).findFirst().orElseThrow().pid();
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, Long.toString(jvm), "GC.run");
        String info = run(jcmd, Long.toString(jvm), "GC.heap_info");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
        assertTrue(m.find(), info);
        return Long.parseLong(m.group(1));
    }

    static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        return out;
    }

    /** CPU seconds (user + system) each server of the stack has used so far: its process and all its descendants. */
    static Map<String, Double> cpuSeconds() throws Exception {
        Map<String, Double> out = new LinkedHashMap<>();
        long hz = 100; // USER_HZ on Linux
        for (String s : SERVERS) {
            Path pidFile = STATE.resolve("pids/" + s + ".pid");
            if (!Files.exists(pidFile)) {
                continue;
            }
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            double total = 0;
            List<Long> pids = new ArrayList<>();
            pids.add(pid);
            ProcessHandle.of(pid).ifPresent(p -> p.descendants().forEach(d -> pids.add(d.pid())));
            for (long p : pids) {
                Path stat = Path.of("/proc/" + p + "/stat");
                if (Files.exists(stat)) {
                    String line = Files.readString(stat);
                    String[] f = line.substring(line.lastIndexOf(')') + 2).split(" ");
                    total += (Long.parseLong(f[11]) + Long.parseLong(f[12])) / (double) hz;
                }
            }
            out.put(s, total);
        }
        return out;
    }

    static void line(String format, Object... args) {
        String s = String.format(Locale.ROOT, format, args);
        System.out.println(s);
        OUT.append(s).append('\n');
    }

    static void script(String command, String... args) throws Exception {
        Stack.script("cluster-benchmark.log", command, args);
    }
}
