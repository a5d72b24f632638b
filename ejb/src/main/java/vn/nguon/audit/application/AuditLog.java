package vn.nguon.audit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.nguon.audit.domain.AuditEvent;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.domain.Role;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Appends audit events in the caller's transaction (so an event exists exactly when its change
 * was committed) and reads a subject's timeline. There is deliberately no update or delete.
 */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    public void record(Caller caller, String subjectType, String subjectId, String action,
                       String from, String to, String comment, Instant now) {
        String roles = caller.roles().stream().map(Role::id).sorted().collect(Collectors.joining(","));
        em.persist(new AuditEvent(now, caller.username(), roles, caller.unit().code(), subjectType, subjectId,
                action, from, to, comment));
    }

    /**
     * An event of someone who is not a signed-in user (a citizen on the public portal, a device, a timer):
     * {@code actor} says who ("citizen", "system"), {@code unit} where it happened.
     */
    public void recordAs(String actor, String unit, String subjectType, String subjectId, String action,
                         String from, String to, String comment, Instant now) {
        em.persist(new AuditEvent(now, actor, "", unit, subjectType, subjectId, action, from, to, comment));
    }

    /** The subject's audit trail, oldest first. */
    public List<TimelineEntry> timeline(String subjectType, String subjectId) {
        return em.createQuery("""
                        select e from AuditEvent e where e.subjectType = :t and e.subjectId = :id
                        order by e.occurredAt, e.id""", AuditEvent.class)
                .setParameter("t", subjectType).setParameter("id", subjectId)
                .getResultStream().map(TimelineEntry::of).toList();
    }
}
