package vn.nguon.users.application;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * Refreshes the account index from Keycloak: shortly after start, every hour, and on demand — so
 * that accounts made or changed in Keycloak's own console (or its realm file) appear in Nguồn's screens.
 * Every five minutes (and after each refresh) it also reads Keycloak's login events into the accounts' last
 * sign-in, so that the list shows sign-ins Keycloak knows of even when the user never opened Nguồn's pages.
 * Each page of accounts is written in a transaction of its own; entries Keycloak no longer has are removed
 * after a complete pass. Keycloak being down leaves the index as it was (logged, tried again later).
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AccountSync {

    private static final Logger LOG = Logger.getLogger(AccountSync.class.getName());
    static final int PAGE = 500;

    @Inject
    Directory directory;

    @Inject
    AccountIndexWriter writer;

    @Resource
    TimerService timers;

    /** The most login events one pass reads (the oldest first; the rest are read by the next pass). */
    static final int MAX_SIGN_INS = 20_000;
    /** How far back the first pass looks when the index knows of no sign-in (Keycloak keeps events 90 days). */
    static final java.time.Duration FIRST_LOOK_BACK = java.time.Duration.ofDays(90);

    @Inject
    AccountIndexWriter signInWriter;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean readingSignIns = new AtomicBoolean();
    private volatile Instant signInsSince;
    private volatile boolean stopping;

    /** The application is stopping: a pass in progress ends after the page it is reading (undeploy does not wait for all of it). */
    @jakarta.annotation.PreDestroy
    void stop() {
        stopping = true;
    }

    @PostConstruct
    void soonAfterStart() {
        timers.createSingleActionTimer(2_000, new TimerConfig("account-sync-start", false));
    }

    @Timeout
    void onStart() {
        refresh();
    }

    @Schedule(minute = "7", hour = "*", persistent = true, info = "nguon-account-sync") // once per cluster
    void periodically() {
        vn.nguon.shared.health.TimerTicks.record("account-sync");
        refresh();
    }

    @Schedule(minute = "*/5", hour = "*", persistent = true, info = "nguon-sign-ins") // once per cluster
    void signInsPeriodically() {
        vn.nguon.shared.health.TimerTicks.record("sign-ins");
        try {
            signIns();
        } catch (DirectoryUnavailableException e) {
            LOG.fine(() -> "sign-ins not read: " + e.getMessage());
        }
    }

    /**
     * Reads the login events Keycloak recorded since the last pass into the index (one minute of overlap, as
     * events are written as they end). @return how many were read, or -1 when a pass was already running
     */
    public int signIns() {
        if (!readingSignIns.compareAndSet(false, true)) {
            return -1;
        }
        try {
            Instant since = signInsSince != null ? signInsSince
                    : signInWriter.latestSignIn().map(t -> t.minus(java.time.Duration.ofDays(1))).orElse(Instant.now().minus(FIRST_LOOK_BACK));
            List<Directory.SignIn> read = directory.signIns(since.minusSeconds(60), MAX_SIGN_INS);
            signInWriter.signIns(read);
            signInsSince = read.stream().map(Directory.SignIn::at).max(java.util.Comparator.naturalOrder()).orElse(since);
            return read.size();
        } finally {
            readingSignIns.set(false);
        }
    }

    /** @return how many accounts the index holds from this pass, or -1 when a pass was already running */
    public int refresh() {
        if (!running.compareAndSet(false, true)) {
            return -1;
        }
        try {
            Instant started = Instant.now();
            AtomicInteger n = new AtomicInteger();
            directory.each(PAGE, page -> {
                if (stopping) {
                    throw new java.util.concurrent.CancellationException("the application is stopping");
                }
                n.addAndGet(writer.write(page, started));
            });
            int removed = writer.removeUnseen(started);
            LOG.info("account index refreshed from Keycloak: " + n.get() + " accounts, " + removed + " removed");
            signIns();
            return n.get();
        } catch (DirectoryUnavailableException | java.util.concurrent.CancellationException e) {
            LOG.warning("account index not refreshed: " + e.getMessage());
            return 0;
        } finally {
            running.set(false);
        }
    }
}
