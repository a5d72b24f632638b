package vn.nguon.it;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.dashboard.application.ActivityRollup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboards' roll-up over a real broadcast log: a slot played by two clusters counts once, for its longest play;
 * a failed slot and an e-board's play do not count; a slot of yesterday late at night counts for yesterday; an FM
 * period over midnight is split between its days; a second run recomputes rather than adds; each sample adds the
 * devices registered and online.
 */
@ExtendWith(ArquillianExtension.class)
class ActivityRollupIT {

    static final String COMMUNE = "00700"; // Ngọc Đường, Tuyên Quang: no other test puts devices there
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Deployment
    static WebArchive deployment() {
        return Deployments.backend("activity-rollup-it", ActivityRollupIT.class, BroadcastLog.class);
    }

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    @Inject
    ActivityRollup rollup;

    long[] day(LocalDate d) {
        var rows = em.createNativeQuery("""
                        select device_samples, online_samples, fm_seconds, broadcasts, air_seconds from activity_day
                        where unit_code = ?1 and day = ?2""").setParameter(1, COMMUNE).setParameter(2, d).getResultList();
        if (rows.isEmpty()) {
            return new long[5];
        }
        Object[] r = (Object[]) rows.get(0);
        long[] out = new long[5];
        for (int i = 0; i < 5; i++) {
            out[i] = ((Number) r[i]).longValue();
        }
        return out;
    }

    void device(String id, String type, boolean online) {
        BroadcastLog.device(em, COMMUNE, id, type, online);
    }

    void delivery(long bulletin, String device, ZonedDateTime slot, String state, int seconds) {
        BroadcastLog.delivery(em, bulletin, device, COMMUNE, slot, state, seconds);
    }

    @Test
    void theRollUpCountsSlotsOnceAndSplitsDays() throws Exception {
        LocalDate today = LocalDate.now(VN), yesterday = today.minusDays(1);
        tx.begin();
        long[] todayBefore = day(today), yesterdayBefore = day(yesterday);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String a = "roll-a-" + tag, b = "roll-b-" + tag, board = "roll-e-" + tag;
        device(a, "LOUDSPEAKER_CLUSTER", true);
        device(b, "LOUDSPEAKER_CLUSTER", false);
        device(board, "EBOARD", true);
        long bulletin = BroadcastLog.bulletin(em, COMMUNE, "Thử tổng hợp hoạt động", null);
        ZonedDateTime morning = today.atTime(0, 30).atZone(VN), late = yesterday.atTime(23, 50).atZone(VN);
        delivery(bulletin, a, morning, "DONE", 300);
        delivery(bulletin, b, morning, "DONE", 180);          // the same slot: counted once, for its longest play
        delivery(bulletin, board, morning, "DONE", 900);      // an e-board shows, it does not broadcast
        delivery(bulletin, a, morning.plusHours(1), "FAILED", 0);
        delivery(bulletin, a, late, "DONE", 1200);           // yesterday's slot, ended after midnight: yesterday's
        em.createNativeQuery("insert into device_fm_period (device_id, from_at, to_at, reported_at) values (?1, ?2, ?3, now())")
                .setParameter(1, b).setParameter(2, yesterday.atTime(23, 0).atZone(VN).toOffsetDateTime())
                .setParameter(3, today.atTime(1, 0).atZone(VN).toOffsetDateTime()).executeUpdate();
        tx.commit();

        rollup.run(true);
        rollup.run(true);
        tx.begin();
        long[] t = day(today), y = day(yesterday);
        tx.commit();
        assertEquals(1, t[3] - todayBefore[3], "one slot played today, counted once over two runs");
        assertEquals(300, t[4] - todayBefore[4], "its longest loudspeaker play");
        assertEquals(1, y[3] - yesterdayBefore[3], "the late slot is yesterday's");
        assertEquals(1200, y[4] - yesterdayBefore[4]);
        assertEquals(3600, t[2] - todayBefore[2], "FM from midnight to one");
        assertEquals(3600, y[2] - yesterdayBefore[2], "FM from eleven to midnight");
        long samples = t[0] - todayBefore[0], online = t[1] - todayBefore[1];
        assertTrue(samples >= 6 && samples % 3 == 0, "two samples of three devices at least (the timer may add one): " + samples);
        assertEquals(samples / 3 * 2, online, "two of the three online at each sample");
        // the month is the sum of its days, for every commune (the dashboards read whole months from it)
        tx.begin();
        Object[] month = (Object[]) em.createNativeQuery("""
                        select (select coalesce(sum(broadcasts), 0) from activity_month where month = ?1 and unit_code = ?2),
                               (select coalesce(sum(broadcasts), 0) from activity_day where day >= ?1 and day < cast(?1 as date) + interval '1 month'
                                  and unit_code = ?2),
                               (select coalesce(sum(fm_seconds), 0) from activity_month where month = ?1 and unit_code = ?2),
                               (select coalesce(sum(fm_seconds), 0) from activity_day where day >= ?1 and day < cast(?1 as date) + interval '1 month'
                                  and unit_code = ?2)""")
                .setParameter(1, today.withDayOfMonth(1)).setParameter(2, COMMUNE).getSingleResult();
        tx.commit();
        assertEquals(((Number) month[1]).longValue(), ((Number) month[0]).longValue(), "broadcasts: the month = its days");
        assertEquals(((Number) month[3]).longValue(), ((Number) month[2]).longValue(), "FM: the month = its days");
        assertTrue(((Number) month[0]).longValue() >= 1);
    }
}
