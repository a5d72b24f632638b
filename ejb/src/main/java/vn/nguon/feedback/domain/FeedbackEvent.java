package vn.nguon.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * One step of a feedback item's history: what happened, from which state to which, at which unit, by whom. A
 * step the citizen is told of carries its public note (a message key, and a detail such as the receiving
 * unit's name or the reason given) — the tracking page and Open311 show those, never who did it.
 */
@Entity
@Table(name = "feedback_event")
public class FeedbackEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "feedback_id", nullable = false, updatable = false)
    private long feedbackId;
    @Column(nullable = false, updatable = false)
    private Instant at;
    @Column(nullable = false, length = 30, updatable = false)
    private String action;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 12, updatable = false)
    private FeedbackStatus from;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", length = 12, updatable = false)
    private FeedbackStatus to;
    @Column(name = "unit_code", nullable = false, length = 16, updatable = false)
    private String unit;
    @Column(name = "public_note", length = 60, updatable = false)
    private String publicNote;
    @Column(length = 2000, updatable = false)
    private String detail;
    @Column(name = "by_user", nullable = false, length = 100, updatable = false)
    private String by;

    protected FeedbackEvent() {
    }

    public FeedbackEvent(long feedbackId, Feedback.Step step, String unit, String detail, String by, Instant at) {
        this.feedbackId = feedbackId;
        this.at = at;
        this.action = step.action();
        this.from = step.from();
        this.to = step.to();
        this.unit = unit;
        this.publicNote = step.publicNote();
        this.detail = detail == null ? null : detail.length() <= 2000 ? detail : detail.substring(0, 2000);
        this.by = by;
    }

    public long feedbackId() { return feedbackId; }
    public Instant at() { return at; }
    public String action() { return action; }
    public FeedbackStatus from() { return from; }
    public FeedbackStatus to() { return to; }
    public String unit() { return unit; }
    public String publicNote() { return publicNote; }
    public String detail() { return detail; }
    public String by() { return by; }
}
