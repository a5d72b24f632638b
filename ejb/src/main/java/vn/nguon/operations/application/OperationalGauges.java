package vn.nguon.operations.application;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nguon.operations.domain.Count;
import vn.nguon.operations.infrastructure.BrokerManagement;
import vn.nguon.operations.infrastructure.OperationsReadModel;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gauges from the database and the broker, refreshed every 30 s on each node ({@code NGUON_OPERATIONS_REFRESH_SECONDS}) (a scrape only reads
 * what the last refresh found: Prometheus never waits on the database). Every node of a cluster
 * reports the same values; alert rules take their {@code max}. Names and labels: docs/operations.md.
 * A gauge's name carries its unit ({@code nguon.database.size.bytes}): WildFly 39 exports a deployment's
 * gauges registered by name and tags only, without description or unit.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OperationalGauges {

    private static final Logger LOG = Logger.getLogger(OperationalGauges.class.getName());

    /** The application's queues, the device topics' shared subscriptions (clientId.subscription), the dead letters. */
    static final List<String> QUEUES = List.of("nguon.deliveries", "nguon.notifications", "nguon.DLQ", "DLQ", "ExpiryQueue",
            "nguon-device-ack.nguon-device-ack", "nguon-device-status.nguon-device-status",
            "nguon-device-heartbeat.nguon-device-heartbeat");

    // the gauges' names, each with its unit in it (what each says: docs/operations.md)
    /** Networked devices by province (code) and state (online, offline). */
    static final String DEVICES = "nguon.devices";
    /** Reports of the open periods by the unit's level and state (MISSING: not started). */
    static final String REPORTS = "nguon.reports.open.periods";
    /** Notices waiting in the notification outbox. */
    static final String OUTBOX = "nguon.outbox.backlog";
    /** Age of the oldest notice in the outbox (0 when empty). */
    static final String OUTBOX_OLDEST = "nguon.outbox.oldest.seconds";
    /** Signed documents issued so far. */
    static final String SIGNED = "nguon.documents.signed";
    /** Citizens' feedback past its deadline and not answered. */
    static final String OVERDUE = "nguon.feedback.overdue";
    /** The database's size on disk. */
    static final String DATABASE = "nguon.database.size.bytes";
    /** Messages in a broker queue (-1: the broker did not answer). */
    static final String QUEUE = "nguon.jms.queue.messages";
    /** How full the broker journal's disk is, 0-1 (-1: the broker did not answer). */
    static final String JOURNAL = "nguon.broker.disk.store.usage";
    /** When these gauges were last refreshed (epoch seconds). */
    static final String REFRESHED = "nguon.operations.refreshed";

    @Inject
    MeterRegistry registry;

    @Inject
    OperationsReadModel readModel;

    @Inject
    BrokerManagement broker;

    /** A value a gauge reads. */
    static final class Value {
        private volatile double value;

        double get() {
            return value;
        }
    }

    private final Map<Meter.Id, Value> values = new HashMap<>();

    /** How often the gauges are read again (each node its own, not a cluster-wide timer); the tests use 2 s. */
    @Inject
    @ConfigProperty(name = "nguon.operations.refresh-seconds", defaultValue = "30")
    long refreshSeconds;

    @Resource
    TimerService timers;

    @PostConstruct
    void start() {
        long ms = Math.max(1, refreshSeconds) * 1000;
        timers.createIntervalTimer(ms, ms, new TimerConfig("nguon-operational-gauges", false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void tick() {
        refresh();
    }

    /** Reads everything again (the timer's work; public for the tests, which do not wait 30 s). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public synchronized void refresh() {
        try {
            rows(DEVICES, readModel.devicesByProvince(), c -> Tags.of("province", c.first(), "state", c.second()));
            rows(REPORTS, readModel.reportsOfOpenPeriods(), c -> Tags.of("level", c.first(), "state", c.second()));
            for (Count c : readModel.outbox()) {
                set("backlog".equals(c.first()) ? OUTBOX : OUTBOX_OLDEST, Tags.empty(), c.value());
            }
            readModel.documentsSigned().forEach(c -> set(SIGNED, Tags.empty(), c.value()));
            readModel.feedbackOverdue().forEach(c -> set(OVERDUE, Tags.empty(), c.value()));
            readModel.databaseSize().forEach(c -> set(DATABASE, Tags.empty(), c.value()));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the operational gauges could not be read from the database", e);
        }
        for (String q : QUEUES) {
            set(QUEUE, Tags.of("queue", q), broker.depth(q).orElse(-1));
        }
        set(JOURNAL, Tags.empty(), broker.diskStoreUsage().orElse(-1));
        set(REFRESHED, Tags.empty(), System.currentTimeMillis() / 1000.0);
    }

    /** The family's rows as read now; a row read before and missing now (a province without devices any more) is 0. */
    private void rows(String family, List<Count> counts, java.util.function.Function<Count, Tags> tags) {
        Set<Meter.Id> seen = new HashSet<>();
        for (Count c : counts) {
            seen.add(set(family, tags.apply(c), c.value()));
        }
        for (Map.Entry<Meter.Id, Value> e : values.entrySet()) {
            if (e.getKey().getName().equals(family) && !seen.contains(e.getKey())) {
                e.getValue().value = 0;
            }
        }
    }

    private Meter.Id set(String family, Tags tags, double value) {
        Meter.Id id = new Meter.Id(family, tags, null, null, Meter.Type.GAUGE);
        Value holder = values.get(id);
        if (holder == null) {
            holder = new Value();
            values.put(id, holder);
            // the registry's shortcut, not a builder: the only gauge registration WildFly 39 exports for a
            // deployment (vn.nguon.shared.SecondsHistogram says why); it holds the value weakly, this bean strongly
            registry.gauge(family, tags, holder, Value::get);
        }
        holder.value = value;
        return id;
    }

    @PreDestroy
    synchronized void unregister() {
        for (Meter.Id id : values.keySet()) {
            Gauge g = registry.find(id.getName()).tags(id.getTags()).gauge();
            if (g != null) {
                registry.remove(g);
            }
        }
    }
}
