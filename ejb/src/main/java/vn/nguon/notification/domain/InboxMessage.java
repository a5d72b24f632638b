package vn.nguon.notification.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A notification as stored in a unit's inbox. Created once; only its read mark changes. */
@Entity
@Table(name = "inbox_message")
public class InboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbox_message_seq")
    @SequenceGenerator(name = "inbox_message_seq", sequenceName = "inbox_message_seq", allocationSize = 50)
    private Long id;

    @Column(name = "unit_code", nullable = false, length = 16)
    private String unitCode;

    @Column(name = "message_key", nullable = false, unique = true, length = 64)
    private String key;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false)
    private String body;

    @Column(length = 500)
    private String link;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InboxMessage() {
    }

    public InboxMessage(Notification n, Instant now) {
        this.unitCode = n.unitCode();
        this.key = n.key();
        this.subject = n.subject();
        this.body = n.body();
        this.link = n.link();
        this.createdAt = now;
    }

    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long id() { return id; }

    public String unitCode() { return unitCode; }

    public String key() { return key; }

    public String subject() { return subject; }

    public String body() { return body; }

    public String link() { return link; }

    public Instant createdAt() { return createdAt; }

    public Instant readAt() { return readAt; }
}
