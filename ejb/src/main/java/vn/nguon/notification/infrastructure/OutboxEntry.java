package vn.nguon.notification.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** A notification written with the change it reports, waiting for {@link NotificationRelay} to queue it. */
@Entity
@Table(name = "notification_outbox")
public class OutboxEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_outbox_seq")
    @SequenceGenerator(name = "notification_outbox_seq", sequenceName = "notification_outbox_seq", allocationSize = 50)
    private Long id;

    /** The notification as it goes on the queue ({@link NotificationJson}). */
    @Column(nullable = false, columnDefinition = "text")
    private String payload;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OutboxEntry() {
    }

    public OutboxEntry(String payload, Instant createdAt) {
        this.payload = payload;
        this.createdAt = createdAt;
    }
}
