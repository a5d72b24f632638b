package vn.nguon.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An internal note on a feedback item: seen by the units handling it and above, never by the public. */
@Entity
@Table(name = "feedback_note")
public class FeedbackNote {

    public static final int MAX = 4_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "feedback_id", nullable = false, updatable = false)
    private long feedbackId;
    @Column(name = "unit_code", nullable = false, length = 16, updatable = false)
    private String unit;
    @Column(name = "by_user", nullable = false, length = 100, updatable = false)
    private String by;
    @Column(nullable = false, updatable = false)
    private Instant at;
    @Column(nullable = false, columnDefinition = "text", updatable = false)
    private String text;

    protected FeedbackNote() {
    }

    public FeedbackNote(long feedbackId, String unit, String by, Instant at, String text) {
        this.feedbackId = feedbackId;
        this.unit = unit;
        this.by = by;
        this.at = at;
        this.text = text;
    }

    public long feedbackId() { return feedbackId; }
    public String unit() { return unit; }
    public String by() { return by; }
    public Instant at() { return at; }
    public String text() { return text; }
}
