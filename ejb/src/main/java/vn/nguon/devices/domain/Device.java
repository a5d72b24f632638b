package vn.nguon.devices.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A registered device of a commune: what it is, where (village, coordinates), how it connects,
 * and its broker credentials. Its id ({@code D-03390-0007}) is its MQTT client id and username.
 * Credentials live through {@link #issueCredentials} (new or rotated: the old secret stops working)
 * and {@link #revokeCredentials}; only a hash of the secret is kept.
 */
@Entity
@Table(name = "device")
public class Device {

    /** Where the device's credentials stand. */
    public enum CredentialState { NONE, ACTIVE, REVOKED }

    @Id
    @Column(length = 40)
    private String id;

    @Column(name = "unit_code", nullable = false, length = 16, updatable = false)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private DeviceType type;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 200)
    private String village;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Transport transport;

    @Column(name = "secret_hash", length = 200)
    private String secretHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "credential_state", nullable = false, length = 10)
    private CredentialState credentialState = CredentialState.NONE;

    @Column(name = "credential_changed_at")
    private Instant credentialChangedAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    // what the device last reported (see docs/device-protocol.md)
    private boolean online;

    @Column(length = 12)
    private String mode;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Column(length = 40)
    private String firmware;

    private Integer volume;

    @Column(length = 10)
    private String power;

    @Column(name = "signal_dbm")
    private Integer signalDbm;

    @Column(name = "queue_length")
    private Integer queueLength;

    @Column(length = 80)
    private String playing;

    /** When the device last said whether it is online (a Last Will counts from when it arrived). */
    @Column(name = "status_at")
    private Instant statusAt;

    /** How many of its messages were refused, the last one when and why (the dead-letter page shows them). */
    @Column(name = "refused_messages", nullable = false)
    private int refusedMessages;

    @Column(name = "last_refused_at")
    private Instant lastRefusedAt;

    @Column(name = "last_refusal", length = 200)
    private String lastRefusal;

    protected Device() {
    }

    /** @throws IllegalArgumentException when the data has problems (see {@link DeviceData#problems}) */
    public Device(String id, String unitCode, DeviceData data, String by, Instant now) {
        this.id = id;
        this.unitCode = unitCode;
        this.createdBy = by;
        this.createdAt = now;
        apply(data);
    }

    /** "D-03390-0007". */
    public static String idFor(String unitCode, long serial) {
        return String.format("D-%s-%04d", unitCode, serial);
    }

    public void update(DeviceData data) {
        apply(data);
    }

    /** @throws IllegalArgumentException when the data has problems (see {@link DeviceData#problems}) */
    private void apply(DeviceData d) {
        if (!d.problems(0).isEmpty()) {
            throw new IllegalArgumentException("invalid device: " + d.problems(0));
        }
        this.type = d.type();
        this.name = d.name().strip();
        this.village = d.village() == null || d.village().isBlank() ? null : d.village().strip();
        this.latitude = d.latitude();
        this.longitude = d.longitude();
        this.transport = d.transport();
    }

    /** A new secret (shown once to the operator); any earlier one stops working. */
    public String issueCredentials(Instant now) {
        String secret = DeviceSecrets.newSecret();
        secretHash = DeviceSecrets.hash(secret);
        credentialState = CredentialState.ACTIVE;
        credentialChangedAt = now;
        return secret;
    }

    public void revokeCredentials(Instant now) {
        if (credentialState != CredentialState.ACTIVE) {
            throw new IllegalStateException("device " + id + " has no active credentials");
        }
        secretHash = null;
        credentialState = CredentialState.REVOKED;
        credentialChangedAt = now;
    }

    /** Whether a device presenting {@code secret} may connect. */
    public boolean accepts(String secret) {
        return credentialState == CredentialState.ACTIVE && DeviceSecrets.matches(secret, secretHash);
    }

    /**
     * A status message (also the Last Will, {@code online=false}). Statuses may be consumed out of
     * order (several consumers): one sent before the status we already have is ignored.
     */
    public void record(DeviceMessage.Status s, Instant receivedAt) {
        // a Last Will was written when the device connected: it counts from when it arrived
        Instant effective = s.online() || s.at().isAfter(receivedAt) ? s.at() : receivedAt;
        if (statusAt != null && effective.isBefore(statusAt)) {
            return;
        }
        online = s.online();
        statusAt = effective;
        if (s.mode() != null) {
            mode = s.mode();
        }
        volume = s.volume() != null ? s.volume() : volume;
        power = s.power() != null ? s.power() : power;
        signalDbm = s.signalDbm() != null ? s.signalDbm() : signalDbm;
        firmware = s.firmware() != null ? s.firmware() : firmware;
        queueLength = s.queueLength() != null ? s.queueLength() : queueLength;
        playing = s.online() ? s.playing() : null;
        lastSeenAt = s.online() ? receivedAt : lastSeenAt;
    }

    /** A heartbeat: seen now; online again unless it was sent before the device last said it was offline. */
    public void record(DeviceMessage.Heartbeat h, Instant receivedAt) {
        if (statusAt == null || h.at().isAfter(statusAt)) {
            online = true;
        }
        lastSeenAt = receivedAt;
        if (h.queueLength() != null) {
            queueLength = h.queueLength();
        }
    }

    /** One of its messages was refused, for {@code reason}. */
    public void refused(String reason, Instant at) {
        refusedMessages++;
        lastRefusedAt = at;
        lastRefusal = reason == null || reason.length() <= 200 ? reason : reason.substring(0, 200);
    }

    public int refusedMessages() { return refusedMessages; }

    public Instant lastRefusedAt() { return lastRefusedAt; }

    public String lastRefusal() { return lastRefusal; }

    public boolean online() { return online; }

    public String mode() { return mode; }

    public Instant lastSeenAt() { return lastSeenAt; }

    public String firmware() { return firmware; }

    public Integer volume() { return volume; }

    public String power() { return power; }

    public Integer signalDbm() { return signalDbm; }

    public Integer queueLength() { return queueLength; }

    public String playing() { return playing; }

    public String id() { return id; }

    public String unitCode() { return unitCode; }

    public DeviceType type() { return type; }

    public String name() { return name; }

    public String village() { return village; }

    public BigDecimal latitude() { return latitude; }

    public BigDecimal longitude() { return longitude; }

    public Transport transport() { return transport; }

    public CredentialState credentialState() { return credentialState; }

    public Instant credentialChangedAt() { return credentialChangedAt; }

    public long version() { return version; }
}
