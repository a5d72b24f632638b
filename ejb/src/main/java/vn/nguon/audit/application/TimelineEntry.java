package vn.nguon.audit.application;

import vn.nguon.audit.domain.AuditEvent;

import java.time.Instant;

/**
 * One row of a subject's audit trail as pages and the API show it: when, who (with their roles and
 * unit), what action, the state before and after, and the comment. Every feature's history
 * (reports, bulletins, devices) is a list of these.
 */
public record TimelineEntry(Instant at, String actor, String roles, String unit, String action, String from,
                            String to, String comment) implements java.io.Serializable {

    static TimelineEntry of(AuditEvent e) {
        return new TimelineEntry(e.occurredAt(), e.actor(), e.actorRoles(), e.actorUnit(), e.action(),
                e.fromState(), e.toState(), e.comment());
    }
}
