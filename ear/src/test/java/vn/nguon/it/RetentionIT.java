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
import vn.nguon.broadcast.application.DeliveryRetention;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The broadcast log's retention (docs/operations.md "Retention") on the real schema: deliveries older than the
 * kept days go, whatever their end (played, failed, stuck playing); a day younger stays; a source library
 * relay's play stays however old (the relay tracking counts it); the run leaves one audit event with its count,
 * and a second run finds nothing more.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    static final String COMMUNE = "00706"; // Phú Linh, Tuyên Quang: no other test puts devices there
    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    @Deployment
    static WebArchive deployment() {
        return Deployments.backend("retention-it", RetentionIT.class, BroadcastLog.class);
    }

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    @Inject
    DeliveryRetention retention;

    @Test
    void oldDeliveriesGoWhileRecentOnesAndRelayPlaysStay() throws Exception {
        assertEquals(90, retention.days(), "the default");
        tx.begin();
        String device = "ret-" + UUID.randomUUID().toString().substring(0, 8);
        BroadcastLog.device(em, COMMUNE, device, "LOUDSPEAKER_CLUSTER", true);
        long plain = BroadcastLog.bulletin(em, COMMUNE, "Thử lưu giữ nhật ký phát", null);
        long item = ((Number) em.createNativeQuery("""
                        insert into source_item (owner_unit, title, summary, body, field_code, valid_from, whole_subtree, languages, status,
                                                 revision, created_by, created_at, version)
                        values (?1, 'Thử lưu giữ tiếp sóng', 'Tóm tắt', 'Nội dung', (select min(code) from source_field), current_date,
                                false, 'vi', 'DRAFT', 1, 'it', now(), 0) returning id""")
                .setParameter(1, COMMUNE).getSingleResult()).longValue();
        long relay = BroadcastLog.bulletin(em, COMMUNE, "Tiếp sóng thử lưu giữ", item);
        ZonedDateTime now = ZonedDateTime.now(VN);
        UUID played = BroadcastLog.delivery(em, plain, device, COMMUNE, now.minusDays(120), "DONE", 60);
        UUID failed = BroadcastLog.delivery(em, plain, device, COMMUNE, now.minusDays(95), "FAILED", 0);
        UUID stuck = BroadcastLog.delivery(em, plain, device, COMMUNE, now.minusDays(100), "PLAYING", 0);
        UUID recent = BroadcastLog.delivery(em, plain, device, COMMUNE, now.minusDays(89), "DONE", 60);
        UUID relayed = BroadcastLog.delivery(em, relay, device, COMMUNE, now.minusDays(200), "DONE", 60);
        long auditsBefore = audits().size();
        tx.commit();

        long deleted = retention.apply();
        assertTrue(deleted >= 3, "at least this test's three old deliveries: " + deleted);

        tx.begin();
        assertFalse(exists(played), "played 120 days ago: gone");
        assertFalse(exists(failed), "failed 95 days ago: gone");
        assertFalse(exists(stuck), "never ended, expired 100 days ago: gone");
        assertTrue(exists(recent), "89 days old: kept");
        assertTrue(exists(relayed), "a relay's play is the record of a mandatory relay: kept");
        List<String> audits = audits();
        tx.commit();
        assertEquals(auditsBefore + 1, audits.size(), "one audit event for the run");
        assertTrue(audits.get(0).startsWith(deleted + " deliveries before "), audits.get(0));

        assertEquals(0, retention.apply(), "a second run finds nothing more");
    }

    boolean exists(UUID delivery) {
        return !em.createNativeQuery("select 1 from delivery where id = ?1").setParameter(1, delivery).getResultList().isEmpty();
    }

    /** The retention's audit events, newest first: their comments. */
    @SuppressWarnings("unchecked")
    List<String> audits() {
        return em.createNativeQuery("""
                        select comment from audit_event where subject_type = 'retention' and actor = 'system'
                        order by occurred_at desc, id desc""").getResultList();
    }
}
