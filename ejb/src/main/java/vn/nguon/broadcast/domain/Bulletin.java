package vn.nguon.broadcast.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.nguon.kernel.TransitionRefusedException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A bulletin or emergency alert of an owner unit. Its life: written (DRAFT), sent for approval
 * (PENDING), approved by a leader of the owner unit (APPROVED: {@link #nextSlotAt} says which slot
 * the scheduler dispatches next) or rejected with a reason; edited after approval it gets a new
 * {@link #revision} and needs approval again; cancelled for good.
 */
@Entity
@Table(name = "bulletin")
public class Bulletin {

    @Id
    private long id;

    @Column(name = "owner_unit", nullable = false, length = 16, updatable = false)
    private String ownerUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private BulletinKind kind;

    @Column(nullable = false, length = 300)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Category category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private BulletinStatus status = BulletinStatus.DRAFT;

    @Column(nullable = false)
    private int revision = 1;

    @Embedded
    private Schedule schedule;

    private Integer volume;

    @Column(name = "next_slot_at")
    private Instant nextSlotAt;

    @Embedded
    private AlertInfo alert;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bulletin_version", joinColumns = @JoinColumn(name = "bulletin_id"))
    private List<LanguageVersion> versions = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "bulletin_target", joinColumns = @JoinColumn(name = "bulletin_id"))
    private Set<Target> targets = new LinkedHashSet<>();

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_by", length = 100)
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_reason", columnDefinition = "text")
    private String decisionReason;

    @Column(name = "board_text", length = 500)
    private String boardText;

    @Column(name = "board_image_id")
    private Long boardImageId;

    @Column(name = "source_item_id", updatable = false)
    private Long sourceItemId;

    @Column(name = "source_note", length = 400, updatable = false)
    private String sourceNote;

    @Version
    private long version;

    protected Bulletin() {
    }

    /** A new draft; {@code data} must have no problems. */
    public Bulletin(long id, String ownerUnit, BulletinData data, String by, Instant now) {
        this.id = id;
        this.ownerUnit = ownerUnit;
        this.kind = data.kind();
        this.createdBy = by;
        this.createdAt = now;
        apply(data);
    }

    /**
     * Changes what the bulletin says, where or when. An approved bulletin goes back to approval
     * with a new revision.
     *
     * @return whether an approved revision was replaced (its queued deliveries must be cancelled)
     */
    public boolean edit(BulletinData data, String by, Instant now) {
        if (!status.editable()) {
            throw new TransitionRefusedException(TransitionRefusedException.NOT_EDITABLE, "bulletin " + id + " is " + status);
        }
        if (data.kind() != kind) {
            throw new TransitionRefusedException(TransitionRefusedException.NOT_ALLOWED, "a bulletin cannot become an alert or back");
        }
        boolean replaced = status == BulletinStatus.APPROVED;
        apply(data);
        updatedBy = by;
        updatedAt = now;
        if (replaced) {
            revision++;
            status = BulletinStatus.PENDING;
            nextSlotAt = null;
        } else if (status == BulletinStatus.REJECTED) {
            status = BulletinStatus.DRAFT;
        }
        return replaced;
    }

    public void submit(String by, Instant now) {
        require(status == BulletinStatus.DRAFT || status == BulletinStatus.REJECTED, "submit");
        status = BulletinStatus.PENDING;
        updatedBy = by;
        updatedAt = now;
    }

    /** Approves the pending revision: the scheduler dispatches its first slot that is still to come. */
    public void approve(String by, Instant now) {
        require(status == BulletinStatus.PENDING, "approve");
        Instant first = firstDueSlot(now).orElseThrow(() ->
                new TransitionRefusedException("expired", "bulletin " + id + " has no slot left to play"));
        status = BulletinStatus.APPROVED;
        nextSlotAt = first;
        decidedBy = by;
        decidedAt = now;
        decisionReason = null;
    }

    public void reject(String by, String reason, Instant now) {
        require(status == BulletinStatus.PENDING, "reject");
        if (reason == null || reason.isBlank()) {
            throw new TransitionRefusedException(TransitionRefusedException.REASON_REQUIRED, "a rejection needs a reason");
        }
        status = BulletinStatus.REJECTED;
        decidedBy = by;
        decidedAt = now;
        decisionReason = reason.strip();
    }

    /** @return whether it had been approved (devices may hold it: send them CANCEL) */
    public boolean cancel(String by, String reason, Instant now) {
        require(status != BulletinStatus.CANCELLED, "cancel");
        boolean wasApproved = status == BulletinStatus.APPROVED;
        status = BulletinStatus.CANCELLED;
        nextSlotAt = null;
        updatedBy = by;
        updatedAt = now;
        decisionReason = reason == null || reason.isBlank() ? decisionReason : reason.strip();
        return wasApproved;
    }

    /** The slot {@code slot} was dispatched: move on to the next one, if any. */
    public void dispatched(Instant slot) {
        nextSlotAt = schedule.firstSlotFrom(slot.plusSeconds(1)).orElse(null);
    }

    /**
     * A one-off bulletin due now or in the future plays at its time (an emergency typed a minute ago
     * still plays at once); a recurring one at its next slot.
     */
    Optional<Instant> firstDueSlot(Instant now) {
        if (schedule.recurrence() == Recurrence.ONCE) {
            return schedule.expiresAt().isAfter(now) ? Optional.of(schedule.startsAt()) : Optional.empty();
        }
        return schedule.firstSlotFrom(now);
    }

    /** The version for a device whose commune has this chain of unit codes (commune, province, ministry). */
    public LanguageVersion versionFor(List<String> unitChain) {
        return versions.stream().filter(v -> v.playsIn(unitChain)).findFirst()
                .or(() -> versions.stream().filter(v -> v.language().equals(LanguageVersion.VIETNAMESE)).findFirst())
                .orElse(versions.get(0));
    }

    private void apply(BulletinData data) {
        this.title = data.title();
        this.category = data.category();
        this.priority = data.priority();
        this.schedule = data.schedule();
        this.volume = data.volume();
        this.alert = data.kind() == BulletinKind.ALERT ? data.alert() : null;
        this.versions.clear();
        for (BulletinData.Version v : data.versions()) {
            versions.add(new LanguageVersion(v.language(), v.text().strip(), v.mediaId(), v.playsIn()));
        }
        this.targets.clear();
        this.targets.addAll(data.targets());
        this.boardText = data.board() == null ? null : data.board().text();
        this.boardImageId = data.board() == null ? null : data.board().imageId();
    }

    private void require(boolean allowed, String step) {
        if (!allowed) {
            throw new TransitionRefusedException(TransitionRefusedException.NOT_ALLOWED, step + " is not allowed for bulletin " + id + " in " + status);
        }
    }

    public long id() { return id; }
    public String ownerUnit() { return ownerUnit; }
    public BulletinKind kind() { return kind; }
    public String title() { return title; }
    public Category category() { return category; }
    public Priority priority() { return priority; }
    public BulletinStatus status() { return status; }
    public int revision() { return revision; }
    public Schedule schedule() { return schedule; }
    public Integer volume() { return volume; }
    public Instant nextSlotAt() { return nextSlotAt; }
    public AlertInfo alert() { return alert; }
    public List<LanguageVersion> versions() { return List.copyOf(versions); }
    public Set<Target> targets() { return Set.copyOf(targets); }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionReason() { return decisionReason; }
    public long version() { return version; }
    /** What e-boards show of it (DISPLAY), when it says: null otherwise (they show its text). */
    public BulletinData.Board board() {
        return boardText == null && boardImageId == null ? null : new BulletinData.Board(boardText, boardImageId);
    }
    public Long sourceItemId() { return sourceItemId; }
    public String sourceNote() { return sourceNote; }

    /** Marks a new bulletin as the relay of a source library item, with the note its readers see. */
    public void relayOf(long itemId, String note) {
        this.sourceItemId = itemId;
        this.sourceNote = note;
    }
}
