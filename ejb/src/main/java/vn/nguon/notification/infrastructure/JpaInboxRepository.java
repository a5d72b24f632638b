package vn.nguon.notification.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.nguon.notification.domain.InboxMessage;
import vn.nguon.notification.domain.InboxRepository;

import java.util.List;

@ApplicationScoped
public class JpaInboxRepository implements InboxRepository {

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    @Override
    public boolean existsByKey(String key) {
        return !em.createQuery("select m.id from InboxMessage m where m.key = :k", Long.class)
                .setParameter("k", key).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(InboxMessage message) {
        em.persist(message);
    }

    @Override
    public List<InboxMessage> latest(String unitCode, int max) {
        return em.createQuery("""
                        select m from InboxMessage m where m.unitCode = :u
                        order by m.createdAt desc, m.id desc""", InboxMessage.class)
                .setParameter("u", unitCode)
                .setMaxResults(max)
                .getResultList();
    }
}
