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
import vn.nguon.broadcast.application.AcknowledgementWriter;
import vn.nguon.broadcast.domain.BroadcastRepository;
import vn.nguon.broadcast.domain.Delivery;
import vn.nguon.broadcast.domain.DeliveryState;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A transaction that read a delivery and changed something else about it (the resend of an
 * unacknowledged PLAY: attempts, when sent) commits after the device's DONE was recorded in a
 * transaction of its own: the DONE stays. (The crash test saw it lost once: after the restart the
 * resend had read QUEUED, and its flush wrote the state back over the acknowledgement.)
 */
@ExtendWith(ArquillianExtension.class)
class AcknowledgementRaceIT {

    static final String COMMUNE = "21529"; // Ba Vì, Hà Nội: no other test puts devices there

    @Deployment
    static WebArchive deployment() {
        return Deployments.backend("ack-race-it", AcknowledgementRaceIT.class);
    }

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    @Inject
    AcknowledgementWriter writer;

    @Test
    void aResendCommittedAfterAnAcknowledgementDoesNotUndoIt() throws Exception {
        String device = "race-" + UUID.randomUUID().toString().substring(0, 8);
        UUID delivery = UUID.randomUUID();
        tx.begin();
        em.createNativeQuery("""
                        insert into device (id, unit_code, type, name, transport, credential_state, created_by, created_at, version)
                        values (?1, ?2, 'LOUDSPEAKER_CLUSTER', ?1, 'CELLULAR', 'NONE', 'it', now(), 0)""")
                .setParameter(1, device).setParameter(2, COMMUNE).executeUpdate();
        long bulletin = ((Number) em.createNativeQuery("select nextval('bulletin_seq')").getSingleResult()).longValue();
        em.createNativeQuery("""
                        insert into bulletin (id, owner_unit, kind, title, category, priority, status, revision, starts_at,
                                              expires_at, recurrence, created_by, created_at, version)
                        values (?1, ?2, 'BULLETIN', 'Thử hai giao dịch cùng lúc', 'OTHER', 'NORMAL', 'APPROVED', 1, now(),
                                now() + interval '1 hour', 'ONCE', 'it', now(), 0)""")
                .setParameter(1, bulletin).setParameter(2, COMMUNE).executeUpdate();
        em.createNativeQuery("""
                        insert into delivery (id, bulletin_id, revision, device_id, unit_code, slot_at, expires_at, priority,
                                              language, state, created_at, sent_at, attempts)
                        values (?1, ?2, 1, ?3, ?4, now(), now() + interval '1 hour', 'NORMAL', 'vi', 'QUEUED', now(), now(), 1)""")
                .setParameter(1, delivery).setParameter(2, bulletin).setParameter(3, device).setParameter(4, COMMUNE)
                .executeUpdate();
        tx.commit();
        try {
            tx.begin();
            Delivery read = em.find(Delivery.class, delivery);
            assertEquals(DeliveryState.QUEUED, read.state());
            read.sentAgain(Instant.now());
            // meanwhile the device's RECEIVED, PLAYING and DONE are recorded, each committed on its own
            for (DeliveryState s : List.of(DeliveryState.RECEIVED, DeliveryState.PLAYING, DeliveryState.DONE)) {
                assertEquals(List.of(BroadcastRepository.Ack.CHANGED), writer.write(List.of(
                        new BroadcastRepository.Acknowledgement(delivery, device, s, Instant.now(), null))), s.name());
            }
            tx.commit();

            Object[] row = (Object[]) em.createNativeQuery(
                            "select state, attempts, playing_at is not null, ended_at is not null from delivery where id = ?1")
                    .setParameter(1, delivery).getSingleResult();
            assertEquals("DONE", row[0], "the acknowledgement stays");
            assertEquals(2, ((Number) row[1]).intValue(), "the resend is counted");
            assertEquals(Boolean.TRUE, row[2], "when it played stays");
            assertEquals(Boolean.TRUE, row[3], "when it ended stays");
        } finally {
            if (tx.getStatus() != jakarta.transaction.Status.STATUS_NO_TRANSACTION) {
                tx.rollback();
            }
            tx.begin();
            em.createNativeQuery("delete from delivery where id = ?1").setParameter(1, delivery).executeUpdate();
            em.createNativeQuery("delete from bulletin where id = ?1").setParameter(1, bulletin).executeUpdate();
            em.createNativeQuery("delete from device where id = ?1").setParameter(1, device).executeUpdate();
            tx.commit();
        }
    }
}
