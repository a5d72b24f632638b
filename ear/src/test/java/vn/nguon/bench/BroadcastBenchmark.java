package vn.nguon.bench;

import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.jms.client.ActiveMQDestination;
import org.apache.activemq.artemis.jms.client.ActiveMQTopic;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.dmr.ModelNode;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.sim.Api;
import vn.nguon.it.Deployments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One emergency alert to 1,000 and to 10,000 simulated devices (MQTT 5, each with its own
 * credentials, in one JVM on Netty), next to the raw broker with the same devices and message
 * count in the same run:
 * <ul>
 *   <li><b>raw</b>: JMS persistent sends (transacted, 500 per commit) to each device's topic →
 *       MQTT QoS 1 → the device answers at once on its own topic → a JMS consumer counts the answers;</li>
 *   <li><b>Nguồn</b>: the leader approves → scheduler → deliveries stored and one JMS command per
 *       device → MDB → MQTT → the device acknowledges RECEIVED → MDB → recorded in PostgreSQL
 *       (each delivery's {@code recorded_at}, by the database's clock).</li>
 * </ul>
 * Each path runs unmeasured first, on the same devices (JIT, addresses, consumers, as on a
 * server that has been running): the raw path once, Nguồn until its JIT compilers are done
 * ({@link #warmUp}). Then {@link #ROUNDS} measured rounds, each the raw path and then Nguồn.
 * Time-to-ack percentiles are measured from the approval (raw: from the first send). Run with
 * {@code bash wildfly-config/dev/nguon.sh bench}; numbers in {@code ear/target/benchmark/broadcast.md}.
 */
@ExtendWith(ArquillianExtension.class)
class BroadcastBenchmark {

    static final int[] SIZES = Arrays.stream(System.getProperty("nguon.bench.devices", "1000,10000").split(","))
            .mapToInt(Integer::parseInt).toArray();
    /** Each size in its own province, so that its alert reaches exactly its devices: Điện Biên, Sơn La. */
    static final String[] PROVINCES = {"11", "14"};
    static final StringBuilder OUT = new StringBuilder();
    /**
     * How often the harness looks whether every acknowledgement is recorded. The times themselves
     * are the deliveries' {@code recorded_at} (PostgreSQL's clock when the acknowledgement was
     * written): the harness does not sample them, so it need not poll often, and each count (it
     * reads every delivery of the alert) is load on the two cores the measured system runs on that
     * the raw path does not have.
     */
    static final int POLL_MS = 250;
    /** How often the harness looks whether the dispatch has committed (a count of nothing until then). */
    static final int DISPATCH_POLL_MS = 10;
    /**
     * Unmeasured alerts before the measured rounds, at most: until WildFly's JIT compilers are done
     * with the path. With one, the C2 compiler still worked about one of the two cores through the
     * measured alert (HotSpot's total compilation time grew by ~1 s per second of it): the
     * measurement was of a server still compiling, not of one that has been running.
     */
    static final int MAX_WARMUPS = Integer.getInteger("nguon.bench.warmups", 12);
    /**
     * Measured rounds per size, each the raw path then Nguồn, on the warm server: this machine's
     * speed varies from minute to minute (one alert to 10,000 devices took 3.5–5.6 s within one
     * run), so one alert says little about the next and each round pairs the two paths in the same
     * minute.
     */
    static final int ROUNDS = Integer.getInteger("nguon.bench.rounds", 3);
    /** Warmed up once an alert's run added less compilation than this share of its duration. */
    static final double QUIET_JIT = 0.05;
    /** After each unmeasured run, the machine waits for its CPUs to be this idle ({@link #settle}). */
    static final double IDLE_CPU = 0.15;
    static final int SETTLE_SECONDS = 120;

    @ArquillianResource
    ManagementClient management;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    record Result(String path, int devices, double seconds, long p50, long p95, long p99, int round) {
        Result(String path, int devices, double seconds, long p50, long p95, long p99) {
            this(path, devices, seconds, p50, p95, p99, 0);
        }

        double rate() {
            return devices / seconds;
        }

        Result inRound(int r) {
            return new Result(path, devices, seconds, p50, p95, p99, r);
        }
    }

    static List<String> communes(String province) throws Exception {
        return Files.readAllLines(Path.of("../ejb/src/main/resources/vn/nguon/org/data/communes.csv")).stream()
                .filter(l -> l.endsWith("," + province)).map(l -> l.substring(0, l.indexOf(','))).toList();
    }

    /** Registers n devices over the province's communes (CSV import) and issues each its credentials. */
    static Fleet provision(int n, String province) throws Exception {
        List<String> communes = communes(province);
        Fleet fleet = new Fleet();
        long t = System.nanoTime();
        for (int from = 0; from < n; from += 2000) {
            StringBuilder csv = new StringBuilder("commune,type,name,village,latitude,longitude,transport\n");
            for (int i = from; i < Math.min(n, from + 2000); i++) {
                csv.append(communes.get(i % communes.size())).append(",cum_loa,Cụm loa đo tải ").append(i).append(",Bản ")
                        .append(i % 13).append(",,,4g\n");
            }
            Api.Reply r = Api.as("bo.canbo").postText("devices/import", "text/csv", csv.toString());
            assertEquals(200, r.status(), r.toString());
            r.body().asJsonArray().getValuesAs(JsonObject.class).forEach(d -> fleet.ids.add(d.getString("id")));
        }
        double registered = (System.nanoTime() - t) / 1e9;
        String[] secrets = new String[fleet.ids.size()];
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<CompletableFuture<?>> all = new ArrayList<>();
        for (int i = 0; i < secrets.length; i++) {
            int k = i;
            all.add(CompletableFuture.runAsync(() -> secrets[k] = Api.as("bo.canbo").post("devices/" + fleet.ids.get(k) + "/credentials",
                    JsonObject.EMPTY_JSON_OBJECT).json().getString("secret"), pool));
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(30, TimeUnit.MINUTES);
        pool.shutdown();
        double credentials = (System.nanoTime() - t) / 1e9 - registered;
        Thread.sleep(2000);
        long c = System.nanoTime();
        fleet.connect(List.of(secrets));
        line("- %,d devices in %d communes of province %s: registered by CSV in %.1f s, credentials (API, 8 clients) in %.1f s, connected in %.1f s",
                n, communes.size(), province, registered, credentials, (System.nanoTime() - c) / 1e9);
        return fleet;
    }

    static Result raw(Fleet fleet) throws Exception {
        int n = fleet.ids.size();
        ActiveMQConnectionFactory cf = new ActiveMQConnectionFactory("tcp://127.0.0.1:61616");
        long[] arrivals = new long[n];
        AtomicInteger got = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(1);
        try (Connection con = cf.createConnection("nguon", "nguon")) {
            Session in = con.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = in.createConsumer(in.createTopic("nguon.dev.*.rawack"));
            long[] t0 = new long[1];
            consumer.setMessageListener(m -> {
                int i = got.getAndIncrement();
                if (i < n) {
                    arrivals[i] = System.nanoTime() - t0[0];
                }
                if (i + 1 == n) {
                    done.countDown();
                }
            });
            con.start();
            Session out = con.createSession(true, Session.SESSION_TRANSACTED);
            MessageProducer producer = out.createProducer(null);
            List<ActiveMQTopic> topics = new ArrayList<>();
            for (String id : fleet.ids) {
                ActiveMQTopic topic = ActiveMQDestination.createTopic("nguon.dev." + id + ".rawcmd");
                topic.setCreated(true);
                topics.add(topic);
            }
            t0[0] = System.nanoTime();
            for (int i = 0; i < n; i++) {
                producer.send(topics.get(i), out.createTextMessage("ping " + i));
                if (i % 500 == 499) {
                    out.commit();
                }
            }
            out.commit();
            assertTrue(done.await(180, TimeUnit.SECONDS), "raw: " + got.get() + " of " + n + " answers");
        }
        Arrays.sort(arrivals);
        return new Result("raw broker", n, arrivals[n - 1] / 1e9, ms(arrivals, 0.50), ms(arrivals, 0.95), ms(arrivals, 0.99));
    }

    /** HotSpot's total compilation time in WildFly so far (ms), from its platform MBean. */
    long compilationMillis() throws Exception {
        ModelNode op = new ModelNode();
        op.get("operation").set("read-attribute");
        op.get("address").add("core-service", "platform-mbean").add("type", "compilation");
        op.get("name").set("total-compilation-time");
        ModelNode r = management.getControllerClient().execute(op);
        assertEquals("success", r.get("outcome").asString(), r.toString());
        return r.get("result").asLong();
    }

    /**
     * Unmeasured alerts on the same devices until one ran with the JIT compilers (nearly) idle, as
     * on a server that has been running: at least one, at most {@link #MAX_WARMUPS}.
     *
     * @return how many ran
     */
    int warmUp(Fleet fleet, String province) throws Exception {
        for (int round = 1; ; round++) {
            long jit = compilationMillis();
            long t = System.nanoTime();
            nguon(fleet, province, false);
            double seconds = (System.nanoTime() - t) / 1e9;
            long compiled = compilationMillis() - jit;
            double settled = settle();
            line("  - Nguồn warm-up %d: %.1f s, WildFly's JIT compiled for %,d ms meanwhile; the machine idle again after %.0f s more",
                    round, seconds, compiled, settled);
            if (compiled < QUIET_JIT * seconds * 1000 || round == MAX_WARMUPS) {
                return round;
            }
        }
    }

    /**
     * Waits (at most {@link #SETTLE_SECONDS}) until the machine's CPUs have been nearly idle for two
     * seconds: the JIT compilers of WildFly and of the broker have worked off what the last run
     * queued (2–10 s in session 7's final runs), so the next run is measured on warm code
     * rather than beside the compilation of it. Linux's {@code /proc/stat}.
     *
     * @return how long it took, in seconds
     */
    static double settle() throws Exception {
        long t = System.nanoTime();
        long[] before = cpuTicks();
        int quiet = 0;
        while (quiet < 2 && System.nanoTime() - t < TimeUnit.SECONDS.toNanos(SETTLE_SECONDS)) {
            Thread.sleep(1000);
            long[] now = cpuTicks();
            double busy = (double) (now[0] - before[0]) / Math.max(1, now[1] - before[1]);
            before = now;
            quiet = busy < IDLE_CPU ? quiet + 1 : 0;
        }
        return (System.nanoTime() - t) / 1e9;
    }

    /** Busy and total CPU ticks of the machine so far (all CPUs). */
    static long[] cpuTicks() throws Exception {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
        long total = 0;
        for (int i = 1; i < f.length; i++) {
            total += Long.parseLong(f[i]);
        }
        long idle = Long.parseLong(f[4]) + Long.parseLong(f[5]);
        return new long[]{total - idle, total};
    }

    static Result nguon(Fleet fleet, String province, boolean measured) throws Exception {
        int n = fleet.ids.size();
        Instant now = Instant.now();
        JsonObject alert = Json.createObjectBuilder().add("kind", "ALERT").add("title", "Cảnh báo bão số 9 — đo tải")
                .add("category", "DISASTER").add("priority", "EMERGENCY")
                .add("versions", Json.createArrayBuilder().add(Json.createObjectBuilder().add("language", "vi")
                        .add("text", "Bão số 9 đổ bộ trong đêm nay. Bà con chằng chống nhà cửa, không ra khỏi nhà.")))
                .add("targets", Json.createArrayBuilder().add(Json.createObjectBuilder().add("kind", "UNIT").add("code", province)))
                .add("startsAt", now.atOffset(ZoneOffset.ofHours(7)).toString())
                .add("expiresAt", now.plusSeconds(6 * 3600).atOffset(ZoneOffset.ofHours(7)).toString())
                .add("alert", Json.createObjectBuilder().add("event", "Bão").add("severity", "Extreme").add("urgency", "Immediate")
                        .add("certainty", "Observed"))
                .build();
        Api.Reply created = Api.as("bo.canbo").post("bulletins", alert);
        assertEquals(201, created.status(), created.toString());
        long id = created.json().getJsonNumber("id").longValue();
        Api.as("bo.canbo").post("bulletins/" + id + "/submit", JsonObject.EMPTY_JSON_OBJECT);
        Api.as("bo.lanhdao").get("bulletins/pending"); // the leader's token, before the clock starts
        long[] times = new long[n];
        long dispatched = 0;
        Instant approvedAt;
        try (java.sql.Connection db = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:55432/nguon", "nguon", "nguon");
             PreparedStatement stored = db.prepareStatement("select count(*) from delivery where bulletin_id = ?");
             PreparedStatement acked = db.prepareStatement(
                     "select count(*) from delivery where bulletin_id = ? and recorded_at is not null");
             PreparedStatement recorded = db.prepareStatement(
                     "select recorded_at from delivery where bulletin_id = ? and recorded_at is not null order by recorded_at")) {
            stored.setLong(1, id);
            acked.setLong(1, id);
            recorded.setLong(1, id);
            long t0 = System.nanoTime();
            approvedAt = Instant.now();
            Api.Reply approved = Api.as("bo.lanhdao").post("bulletins/" + id + "/approve", JsonObject.EMPTY_JSON_OBJECT);
            assertEquals("APPROVED", approved.json().getString("status"), approved.toString());
            long deadline = t0 + TimeUnit.SECONDS.toNanos(300);
            // the deliveries and their commands commit together: until then none is visible
            while (dispatched == 0 && System.nanoTime() < deadline) {
                if (count(stored) > 0) {
                    dispatched = System.nanoTime() - t0;
                } else {
                    Thread.sleep(DISPATCH_POLL_MS);
                }
            }
            while (count(acked) < n && System.nanoTime() < deadline) {
                Thread.sleep(POLL_MS);
            }
            int i = 0;
            try (ResultSet rs = recorded.executeQuery()) {
                while (rs.next() && i < n) {
                    times[i++] = Duration.between(approvedAt, rs.getTimestamp(1).toInstant()).toNanos();
                }
            }
            assertEquals(n, i, "acknowledgements recorded");
        }
        if (!measured) {
            return null;
        }
        line("  - Nguồn: all %,d deliveries stored and queued %.2f s after the approval; the last PLAY reached its device at %.2f s;"
                + " the last acknowledgement was recorded at %.2f s", n, dispatched / 1e9,
                Duration.between(approvedAt, fleet.lastPlay).toNanos() / 1e9, times[n - 1] / 1e9);
        return new Result("Nguồn (approve → DB ack)", n, times[n - 1] / 1e9, ms(times, 0.50), ms(times, 0.95), ms(times, 0.99));
    }

    static int count(PreparedStatement q) throws Exception {
        try (ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    static long ms(long[] sortedNanos, double p) {
        return sortedNanos[Math.max(0, (int) Math.ceil(p * sortedNanos.length) - 1)] / 1_000_000;
    }

    /** Nguồn's rate as a percentage of the raw broker's, in a round ({raw, Nguồn}). */
    static double percentOfRaw(Result[] round) {
        return 100 * round[1].rate() / round[0].rate();
    }

    static void line(String format, Object... args) {
        String s = String.format(format, args);
        System.out.println(s);
        OUT.append(s).append('\n');
    }

    @Test
    void oneEmergencyAlertToThousandsOfDevices() throws Exception {
        line("# Broadcast benchmark (%s, %d cores)", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors());
        line("");
        List<Result[]> rows = new ArrayList<>();
        for (int i = 0; i < SIZES.length; i++) {
            try (Fleet fleet = provision(SIZES[i], PROVINCES[i % PROVINCES.length])) {
                raw(fleet); // warm-up: addresses, consumers, JIT
                line("  - raw warm-up done; the machine idle again after %.0f s", settle());
                // the same for Nguồn: unmeasured alerts first, as on a server that has been running
                int warmups = warmUp(fleet, PROVINCES[i % PROVINCES.length]);
                line("  - measuring in 2 s");
                Thread.sleep(2000); // a profiler can attach here
                for (int round = 1; round <= ROUNDS; round++) {
                    Result raw = raw(fleet).inRound(round);
                    settle();
                    long jit = compilationMillis();
                    Result nguon = nguon(fleet, PROVINCES[i % PROVINCES.length], true).inRound(round);
                    line("  - round %d: WildFly's JIT compiled for %,d ms during the measured alert; the machine idle again after %.0f s",
                            round, compilationMillis() - jit, settle());
                    rows.add(new Result[]{raw, nguon});
                }
                assertEquals((warmups + ROUNDS) * SIZES[i], fleet.plays.get(), "every device got exactly one PLAY per alert");
            }
        }
        line("");
        line("| devices | round | path | all acks in | throughput | p50 | p95 | p99 | Nguồn / raw |");
        line("|---:|---:|---|---:|---:|---:|---:|---:|---:|");
        for (Result[] r : rows) {
            for (Result x : r) {
                line("| %,d | %d | %s | %.2f s | %,.0f /s | %,d ms | %,d ms | %,d ms | %s |", x.devices(), x.round(), x.path(), x.seconds(),
                        x.rate(), x.p50(), x.p95(), x.p99(), x == r[1] ? String.format("%.0f %%", percentOfRaw(r)) : "");
            }
        }
        line("");
        for (int size : SIZES) {
            List<Result[]> of = rows.stream().filter(r -> r[1].devices() == size).toList();
            LongSummaryStatistics p99 = of.stream().mapToLong(r -> r[1].p99()).summaryStatistics();
            DoubleSummaryStatistics ratio = of.stream().mapToDouble(BroadcastBenchmark::percentOfRaw).summaryStatistics();
            line("- %,d devices, %d rounds: Nguồn's p99 %,d–%,d ms, its rate %.0f–%.0f %% of the raw broker's", size, of.size(),
                    p99.getMin(), p99.getMax(), ratio.getMin(), ratio.getMax());
        }
        Path file = Path.of("target/benchmark/broadcast.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, OUT.toString());
    }

}
