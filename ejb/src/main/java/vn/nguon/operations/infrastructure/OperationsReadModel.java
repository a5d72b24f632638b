package vn.nguon.operations.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.nguon.operations.domain.Count;

import java.util.List;

/**
 * The operators' gauges read straight from the features' tables (a read model, as the dashboard's):
 * grouped counts only, each bounded by the number of provinces or of states, never by devices or users.
 */
@ApplicationScoped
public class OperationsReadModel {

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    /**
     * Devices that should be on the network (an active credential, not FM-only) by province and whether the
     * broker last saw them connected: labels province (its code) and state (online, offline).
     */
    public List<Count> devicesByProvince() {
        return counts("""
                SELECT CASE WHEN c.level = 'PROVINCE' THEN c.code ELSE c.parent_code END,
                       CASE WHEN d.online THEN 'online' ELSE 'offline' END, count(*)
                FROM device d JOIN org_unit c ON c.code = d.unit_code
                WHERE d.credential_state = 'ACTIVE' AND d.transport <> 'FM_ONLY' AND c.level <> 'MINISTRY'
                GROUP BY 1, 2""");
    }

    /** Notices waiting in the transactional outbox: how many, and the oldest one's age in seconds (0 when empty). */
    public List<Count> outbox() {
        return counts("""
                SELECT 'backlog', '', count(*) FROM notification_outbox
                UNION ALL
                SELECT 'oldest', '', COALESCE(EXTRACT(EPOCH FROM now() - min(created_at)), 0) FROM notification_outbox""");
    }

    /**
     * Reports of the open periods by the reporting unit's level and state; MISSING counts the units that have
     * not started theirs (every commune and province reports in every open period).
     */
    public List<Count> reportsOfOpenPeriods() {
        return counts("""
                SELECT u.level, COALESCE(r.status, 'MISSING'), count(*)
                FROM reporting_period p CROSS JOIN org_unit u
                LEFT JOIN report r ON r.period_id = p.id AND r.unit_code = u.code
                WHERE p.status = 'OPEN' AND u.level IN ('COMMUNE', 'PROVINCE')
                GROUP BY 1, 2""");
    }

    /** Signed documents issued so far (reports' and the dashboard's statements). */
    public List<Count> documentsSigned() {
        return counts("SELECT 'all', '', count(*) FROM signed_document");
    }

    /** Citizens' feedback past its answer deadline and not yet answered. */
    public List<Count> feedbackOverdue() {
        return counts("""
                SELECT 'all', '', count(*) FROM feedback
                WHERE due_at < now() AND status IN ('RECEIVED', 'ACCEPTED', 'IN_PROGRESS', 'TRANSFERRED', 'REOPENED')""");
    }

    /** The database's size on disk, in bytes (tables, indexes, TOAST: what its growth is measured by). */
    public List<Count> databaseSize() {
        return counts("SELECT 'all', '', pg_database_size(current_database())");
    }

    @SuppressWarnings("unchecked")
    private List<Count> counts(String sql) {
        return ((List<Object[]>) em.createNativeQuery(sql).getResultList()).stream()
                .map(r -> new Count(String.valueOf(r[0]), String.valueOf(r[1]), ((Number) r[2]).doubleValue()))
                .toList();
    }
}
