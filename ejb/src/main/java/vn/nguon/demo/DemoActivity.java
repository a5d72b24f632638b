package vn.nguon.demo;

import jakarta.persistence.EntityManager;
import vn.nguon.shared.db.NativeSql;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The demo's device history: sixty days of what the dashboards' roll-up would have recorded for the communes whose
 * devices the simulator plays (they exist from the first run on, so they have no past of their own): most days
 * online nearly all the time, some days a fault (a cluster on FM fallback for hours), two or three bulletins a day,
 * now and then a relay of the source library. Today's row is left to the roll-up itself.
 */
final class DemoActivity {

    static final int DAYS = 60;
    /** Samples a day: one every five minutes. */
    private static final int SAMPLES = 24 * 12;

    private DemoActivity() {
    }

    /** @return the rows written */
    static int seed(EntityManager em, LocalDate today, List<String> communes, int devicesEach) {
        Random random = new Random(2026);
        int rows = 0;
        for (String commune : communes) {
            for (int d = DAYS; d >= 1; d--) {
                long samples = (long) devicesEach * SAMPLES;
                boolean fault = random.nextInt(8) == 0;
                double online = fault ? 0.45 + random.nextDouble() * 0.3 : 0.93 + random.nextDouble() * 0.07;
                long offlineSeconds = Math.round((1 - online) * devicesEach * 86_400);
                int broadcasts = 2 + random.nextInt(2);
                int relays = random.nextInt(3) == 0 ? 1 : 0;
                rows += em.createNativeQuery("""
                                insert into activity_day (unit_code, day, device_samples, online_samples, fm_seconds, broadcasts, air_seconds, relays, relay_seconds)
                                values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) on conflict do nothing""")
                        .setParameter(1, commune).setParameter(2, today.minusDays(d)).setParameter(3, samples)
                        .setParameter(4, Math.round(samples * online)).setParameter(5, fault ? offlineSeconds / 2 : 0)
                        .setParameter(6, broadcasts).setParameter(7, (long) broadcasts * (900 + random.nextInt(600)))
                        .setParameter(8, relays).setParameter(9, relays * 600L)
                        .setHint(NativeSql.TABLES, "activity_day").executeUpdate();
            }
        }
        return rows;
    }
}
