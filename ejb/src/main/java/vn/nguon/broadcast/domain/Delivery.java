package vn.nguon.broadcast.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * One slot of one bulletin revision on one device: the unit of dispatch, acknowledgement and the
 * broadcast log. Its id is the {@code deliveryId} the device sees; a device plays an id at most once.
 */
@Entity
@Table(name = "delivery")
public class Delivery {

    @Id
    private UUID id;

    @Column(name = "bulletin_id", nullable = false, updatable = false)
    private long bulletinId;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(name = "device_id", nullable = false, length = 40, updatable = false)
    private String deviceId;

    @Column(name = "unit_code", nullable = false, length = 16, updatable = false)
    private String unitCode;

    @Column(name = "slot_at", nullable = false, updatable = false)
    private Instant slotAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Priority priority;

    @Column(nullable = false, length = 8, updatable = false)
    private String language;

    /*
     * The outcome (state, reason, times) is written by conditional SQL statements only (a device's
     * acknowledgements, expiry, cancellation), never by flushing this entity: a transaction that read the
     * delivery and changed something else (a resend's attempts) must not write back the state it read over
     * an acknowledgement committed meanwhile (seen once in the crash test: DONE overwritten).
     */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private DeliveryState state = DeliveryState.QUEUED;

    @Column(length = 200, updatable = false)
    private String reason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "received_at", updatable = false)
    private Instant receivedAt;

    @Column(name = "playing_at", updatable = false)
    private Instant playingAt;

    @Column(name = "ended_at", updatable = false)
    private Instant endedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    /** When Nguồn recorded the latest outcome (acknowledgement, expiry, cancellation), by the server's clock. */
    @Column(name = "recorded_at", insertable = false, updatable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private int attempts = 1;

    /** To an e-board, of a bulletin with board content: a DISPLAY instead of a PLAY (protocol 1.1). */
    @Column(nullable = false, updatable = false)
    private boolean display;

    protected Delivery() {
    }

    public Delivery(UUID id, Bulletin b, String deviceId, String unitCode, Instant slotAt, String language, Instant now) {
        this(id, b, deviceId, unitCode, slotAt, language, false, now);
    }

    /** @param display whether the device is an e-board told to show the bulletin's board content */
    public Delivery(UUID id, Bulletin b, String deviceId, String unitCode, Instant slotAt, String language, boolean display, Instant now) {
        this.id = id;
        this.display = display;
        this.bulletinId = b.id();
        this.revision = b.revision();
        this.deviceId = deviceId;
        this.unitCode = unitCode;
        this.slotAt = slotAt;
        this.expiresAt = b.schedule().slotExpiry(slotAt);
        this.priority = b.priority();
        this.language = language;
        this.createdAt = now;
        this.sentAt = now;
    }

    /** The PLAY was sent once more (the device had not acknowledged it). */
    public void sentAgain(Instant now) {
        attempts++;
        sentAt = now;
    }

    public int attempts() { return attempts; }
    public boolean display() { return display; }
    public UUID id() { return id; }
    public long bulletinId() { return bulletinId; }
    public int revision() { return revision; }
    public String deviceId() { return deviceId; }
    public String unitCode() { return unitCode; }
    public Instant slotAt() { return slotAt; }
    public Instant expiresAt() { return expiresAt; }
    public Priority priority() { return priority; }
    public String language() { return language; }
    public DeliveryState state() { return state; }
    public String reason() { return reason; }
    public Instant createdAt() { return createdAt; }
    public Instant receivedAt() { return receivedAt; }
    public Instant playingAt() { return playingAt; }
    public Instant endedAt() { return endedAt; }
    public Instant recordedAt() { return recordedAt; }
}
