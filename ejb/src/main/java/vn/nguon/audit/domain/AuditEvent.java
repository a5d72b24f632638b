package vn.nguon.audit.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** One audited state change. Immutable: no mutators, and a database trigger refuses UPDATE and DELETE. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_event_seq")
    @SequenceGenerator(name = "audit_event_seq", sequenceName = "audit_event_seq", allocationSize = 50)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor", nullable = false, length = 100)
    private String actor;

    @Column(name = "actor_roles", nullable = false, length = 300)
    private String actorRoles;

    @Column(name = "actor_unit", nullable = false, length = 16)
    private String actorUnit;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 60)
    private String subjectId;

    @Column(nullable = false, length = 40)
    private String action;

    @Column(name = "from_state", length = 20)
    private String fromState;

    @Column(name = "to_state", length = 20)
    private String toState;

    @Column(columnDefinition = "text")
    private String comment;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, String actor, String actorRoles, String actorUnit, String subjectType,
                      String subjectId, String action, String fromState, String toState, String comment) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.actorRoles = actorRoles;
        this.actorUnit = actorUnit;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.comment = comment;
    }

    public Long id() { return id; }

    public Instant occurredAt() { return occurredAt; }

    public String actor() { return actor; }

    public String actorRoles() { return actorRoles; }

    public String actorUnit() { return actorUnit; }

    public String subjectType() { return subjectType; }

    public String subjectId() { return subjectId; }

    public String action() { return action; }

    public String fromState() { return fromState; }

    public String toState() { return toState; }

    public String comment() { return comment; }
}
