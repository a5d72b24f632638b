package vn.nguon.it;

import jakarta.persistence.EntityManager;

import java.time.ZonedDateTime;
import java.util.UUID;

/** Rows of the broadcast log written straight into the database, for tests that need days or months of it. */
final class BroadcastLog {

    private BroadcastLog() {
    }

    static void device(EntityManager em, String commune, String id, String type, boolean online) {
        em.createNativeQuery("""
                        insert into device (id, unit_code, type, name, transport, credential_state, created_by, created_at, version, online,
                                            last_seen_at)
                        values (?1, ?2, ?3, ?1, 'CELLULAR', 'NONE', 'it', now(), 0, ?4, case when ?4 then now() end)""")
                .setParameter(1, id).setParameter(2, commune).setParameter(3, type).setParameter(4, online).executeUpdate();
    }

    /** An approved bulletin of the commune (a relay of {@code sourceItem} when not null). */
    static long bulletin(EntityManager em, String commune, String title, Long sourceItem) {
        long id = ((Number) em.createNativeQuery("select nextval('bulletin_seq')").getSingleResult()).longValue();
        em.createNativeQuery("""
                        insert into bulletin (id, owner_unit, kind, title, category, priority, status, revision, starts_at,
                                              expires_at, recurrence, created_by, created_at, version, source_item_id)
                        values (?1, ?2, 'BULLETIN', ?3, 'OTHER', 'NORMAL', 'APPROVED', 1, now() + interval '30 days',
                                now() + interval '31 days', 'ONCE', 'it', now(), 0, cast(?4 as bigint))""")
                .setParameter(1, id).setParameter(2, commune).setParameter(3, title).setParameter(4, sourceItem).executeUpdate();
        return id;
    }

    /** A delivery of the slot, expiring an hour after it, played for {@code seconds} when DONE. */
    static UUID delivery(EntityManager em, long bulletin, String device, String commune, ZonedDateTime slot, String state, int seconds) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                        insert into delivery (id, bulletin_id, revision, device_id, unit_code, slot_at, expires_at, priority, language, state,
                                              created_at, sent_at, attempts, playing_at, ended_at)
                        values (?1, ?2, 1, ?3, ?4, cast(?5 as timestamptz), cast(?5 as timestamptz) + interval '1 hour', 'NORMAL', 'vi',
                                cast(?6 as varchar), now(), now(), 1, case when cast(?6 as varchar) = 'DONE' then cast(?5 as timestamptz) end,
                                case when cast(?6 as varchar) = 'DONE' then cast(?5 as timestamptz) + make_interval(secs => cast(?7 as double precision)) end)""")
                .setParameter(1, id).setParameter(2, bulletin).setParameter(3, device).setParameter(4, commune)
                .setParameter(5, slot.toOffsetDateTime()).setParameter(6, state).setParameter(7, seconds).executeUpdate();
        return id;
    }
}
