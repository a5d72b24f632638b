package vn.nguon.dashboard.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.nguon.dashboard.infrastructure.DashboardData;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the dashboards' daily table ({@code activity_day}) up to date, so that a dashboard reads a few thousand
 * rows per commune-year instead of the broadcast log: every five minutes it adds one availability sample (the
 * devices registered and online now, per commune) and recomputes today's and yesterday's broadcasts, time on air
 * and FM fallback time — and the FM time of any earlier day a device reported a period for since the last run
 * (devices report their FM periods when they reconnect) — then the months of those days from their days. A run that fails leaves the table as it was (one
 * transaction) and the next run catches up: its recomputed columns are set, not added.
 */
@Singleton
@PermitAll
public class ActivityRollup {

    private static final Logger LOG = Logger.getLogger(ActivityRollup.class.getName());

    /** How often the availability is sampled: the ratio of online to registered samples is the share of time online. */
    public static final Duration SAMPLE = Duration.ofMinutes(5);

    @Inject
    DashboardData data;

    Clock clock = Clock.systemUTC();

    @Schedule(minute = "*/5", hour = "*", persistent = true, info = "nguon-activity-rollup") // once per cluster
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void scheduled() {
        vn.nguon.shared.health.TimerTicks.record("activity-rollup");
        try {
            run(true);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "the dashboards' roll-up failed; the next run catches up", e);
        }
    }

    /**
     * One run: the broadcast and FM columns recomputed (today, yesterday, and the days of FM periods reported since the
     * last sample interval doubled), and, when {@code sample}, one availability sample added.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void run(boolean sample) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneId.of(DashboardData.ZONE));
        if (sample) {
            data.sampleAvailability(today);
        }
        data.rollUpBroadcasts(today.minusDays(1), today);
        LocalDate fmFrom = data.firstFmDaySince(now.minus(SAMPLE.multipliedBy(2)));
        LocalDate first = fmFrom == null || fmFrom.isAfter(today.minusDays(1)) ? today.minusDays(1)
                : fmFrom.isBefore(today.minusDays(366)) ? today.minusDays(366) : fmFrom;
        data.rollUpFm(first, today);
        data.rollUpMonths(first, today); // the months of every day touched, from their days
    }
}
