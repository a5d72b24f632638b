package vn.nguon.feedback.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.nguon.kernel.TransitionRefusedException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A citizen's feedback and its handling — the state machine in plain Java. Each step checks where the item
 * stands and returns what happened ({@link Step}), which the service records in the item's history.
 * <pre>
 * RECEIVED / TRANSFERRED / REOPENED --accept--> ACCEPTED --start / draft--> IN_PROGRESS --approve--> ANSWERED
 * ANSWERED --rate satisfied / close--> CLOSED;   ANSWERED --rate not satisfied--> REOPENED (same unit)
 * any open state --transfer--> TRANSFERRED (the receiving unit, a new deadline)
 * any open state --reject (reason; a duplicate names the item it joins)--> REJECTED
 * </pre>
 */
@Entity
@Table(name = "feedback")
public class Feedback {

    /** What a step did: its action, the states before and after, and the note the citizen sees (null: none). */
    public record Step(String action, FeedbackStatus from, FeedbackStatus to, String publicNote) {
    }

    static final Set<FeedbackStatus> TAKEN_FROM = EnumSet.of(FeedbackStatus.RECEIVED, FeedbackStatus.TRANSFERRED, FeedbackStatus.REOPENED);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, length = 14, updatable = false)
    private String code;
    @Column(name = "category_code", nullable = false, length = 30)
    private String category;
    @Column(name = "commune_code", nullable = false, length = 16, updatable = false)
    private String commune;
    @Column(name = "handling_unit", nullable = false, length = 16)
    private String handlingUnit;
    @Column(nullable = false, length = 200, updatable = false)
    private String title;
    @Column(nullable = false, columnDefinition = "text", updatable = false)
    private String text;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private FeedbackPriority priority;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private FeedbackStatus status = FeedbackStatus.RECEIVED;
    private Double latitude;
    private Double longitude;
    @Column(name = "citizen_name", length = 100)
    private String citizenName;
    @Column(name = "citizen_phone", length = 20)
    private String citizenPhone;
    @Column(name = "citizen_email", length = 254)
    private String citizenEmail;
    @Column(nullable = false, updatable = false)
    private boolean anonymous;
    @Column(name = "consent_at", updatable = false)
    private Instant consentAt;
    @Column(name = "client_hash", length = 64, updatable = false)
    private String clientHash;
    @Column(name = "recorded_by", length = 100, updatable = false)
    private String recordedBy;
    @Column(name = "received_at", nullable = false, updatable = false)
    private Instant receivedAt;
    @Column(name = "due_at", nullable = false)
    private Instant dueAt;
    @Column(name = "accepted_by", length = 100)
    private String acceptedBy;
    @Column(length = 100)
    private String assignee;
    @Column(name = "answer_draft", columnDefinition = "text")
    private String answerDraft;
    @Column(name = "drafted_by", length = 100)
    private String draftedBy;
    @Column(name = "answer_public", columnDefinition = "text")
    private String answerPublic;
    @Column(name = "answered_by", length = 100)
    private String answeredBy;
    @Column(name = "answered_at")
    private Instant answeredAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(length = 16)
    private String rating;
    @Column(name = "rating_comment", length = 1000)
    private String ratingComment;
    @Column(name = "rated_at")
    private Instant ratedAt;
    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;
    @Enumerated(EnumType.STRING)
    @Column(name = "reject_kind", length = 16)
    private RejectKind rejectKind;
    @Column(name = "reject_reason", columnDefinition = "text")
    private String rejectReason;
    @Column(name = "merged_into")
    private Long mergedInto;
    @Column(name = "transfer_reason", columnDefinition = "text")
    private String transferReason;
    @Column(name = "transferred_from", length = 16)
    private String transferredFrom;
    @Column(name = "escalated_at")
    private Instant escalatedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "feedback_file", joinColumns = @JoinColumn(name = "feedback_id"))
    @OrderColumn(name = "position")
    @Column(name = "file_id", nullable = false)
    private List<Long> files = new ArrayList<>();
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "feedback_bulletin", joinColumns = @JoinColumn(name = "feedback_id"))
    @Column(name = "bulletin_id", nullable = false)
    private java.util.Set<Long> bulletins = new java.util.TreeSet<>();
    @Version
    private long version;

    protected Feedback() {
    }

    /**
     * Received: for {@code commune}, handled by it, due at {@code dueAt}. Personal data is kept only with the
     * citizen's consent (the data was checked: given without consent it is refused).
     */
    public Feedback(String code, FeedbackData d, String commune, List<Long> files, String clientHash, String recordedBy,
                    Instant dueAt, Instant now) {
        this.code = code;
        this.category = d.category();
        this.commune = commune;
        this.handlingUnit = commune;
        this.title = d.title();
        this.text = d.text();
        this.channel = d.channel();
        this.priority = d.priority();
        this.latitude = d.latitude();
        this.longitude = d.longitude();
        this.anonymous = d.anonymous();
        if (d.consent() && d.personal()) {
            this.citizenName = d.name();
            this.citizenPhone = d.phone();
            this.citizenEmail = d.email();
            this.consentAt = now;
        }
        this.files.addAll(files);
        this.clientHash = clientHash;
        this.recordedBy = recordedBy;
        this.receivedAt = now;
        this.updatedAt = now;
        this.dueAt = dueAt;
    }

    /** Taken on by the handling unit, assigned to {@code assignee} (who answers it). */
    public Step accept(String assignee, String by, Instant now) {
        require(TAKEN_FROM.contains(status), "accept");
        this.acceptedBy = by;
        this.assignee = assignee == null || assignee.isBlank() ? by : assignee.strip();
        return move("accept", FeedbackStatus.ACCEPTED, "feedback.public.accepted", now);
    }

    public Step start(Instant now) {
        require(status == FeedbackStatus.ACCEPTED, "start");
        return move("start", FeedbackStatus.IN_PROGRESS, "feedback.public.inProgress", now);
    }

    /** The answer as drafted (again) by an officer; it waits for a leader's approval. */
    public Step draft(String answer, String by, Instant now) {
        require(status == FeedbackStatus.ACCEPTED || status == FeedbackStatus.IN_PROGRESS, "draft");
        if (answer == null || answer.isBlank()) {
            throw new TransitionRefusedException(TransitionRefusedException.REASON_REQUIRED, "an answer needs its text");
        }
        this.answerDraft = answer.strip();
        this.draftedBy = by;
        FeedbackStatus before = status;
        status = FeedbackStatus.IN_PROGRESS;
        updatedAt = now;
        return new Step("draft", before, status, before == FeedbackStatus.IN_PROGRESS ? null : "feedback.public.inProgress");
    }

    /** A leader approves the draft: the answer is published, personal data taken out of it. */
    public Step approve(String by, Instant now) {
        require(status == FeedbackStatus.IN_PROGRESS && answerDraft != null, "approve");
        this.answerPublic = Redaction.redact(answerDraft, citizenName);
        this.answeredBy = by;
        this.answeredAt = now;
        return move("approve", FeedbackStatus.ANSWERED, "feedback.public.answered", now);
    }

    /** The citizen's rating: satisfied closes it; not satisfied reopens it at the same unit. */
    public Step rate(boolean satisfied, String comment, Instant now) {
        require(status == FeedbackStatus.ANSWERED, "rate");
        this.rating = satisfied ? "SATISFIED" : "NOT_SATISFIED";
        this.ratingComment = comment == null || comment.isBlank() ? null : comment.strip();
        this.ratedAt = now;
        if (satisfied) {
            this.closedAt = now;
            return move("rate", FeedbackStatus.CLOSED, "feedback.public.satisfied", now);
        }
        reopenCount++;
        return move("reopen", FeedbackStatus.REOPENED, "feedback.public.reopened", now);
    }

    /** Closed without a rating (the citizen did not answer in time). */
    public Step close(Instant now) {
        require(status == FeedbackStatus.ANSWERED, "close");
        this.closedAt = now;
        return move("close", FeedbackStatus.CLOSED, "feedback.public.closed", now);
    }

    /** Sent to another unit (the province above, a neighbouring commune …), which sees why; its deadline starts again. */
    public Step transfer(String toUnit, String reason, Instant newDue, Instant now) {
        require(status.open(), "transfer");
        if (reason == null || reason.isBlank()) {
            throw new TransitionRefusedException(TransitionRefusedException.REASON_REQUIRED, "a transfer needs its reason");
        }
        if (toUnit.equals(handlingUnit)) {
            throw new TransitionRefusedException(TransitionRefusedException.NOT_ALLOWED, "feedback " + id + " is " + toUnit + "'s already");
        }
        this.transferredFrom = handlingUnit;
        this.handlingUnit = toUnit;
        this.transferReason = reason.strip();
        this.dueAt = newDue;
        this.escalatedAt = null;
        this.assignee = null;
        return move("transfer", FeedbackStatus.TRANSFERRED, "feedback.public.transferred", now);
    }

    /** Rejected with its reason; a duplicate joins {@code mergedInto}, whose answer its citizen then sees. */
    public Step reject(RejectKind kind, String reason, Long mergedInto, Instant now) {
        require(status.open(), "reject");
        if (kind == null || reason == null || reason.isBlank()) {
            throw new TransitionRefusedException(TransitionRefusedException.REASON_REQUIRED, "a rejection needs its kind and reason");
        }
        if (kind == RejectKind.DUPLICATE && (mergedInto == null || mergedInto.equals(id))) {
            throw new TransitionRefusedException(TransitionRefusedException.NOT_ALLOWED, "a duplicate names the feedback it joins");
        }
        this.rejectKind = kind;
        this.rejectReason = reason.strip();
        this.mergedInto = kind == RejectKind.DUPLICATE ? mergedInto : null;
        this.closedAt = now;
        return move("reject", FeedbackStatus.REJECTED, kind == RejectKind.DUPLICATE ? "feedback.public.merged" : "feedback.public.rejected", now);
    }

    /**
     * Answered on the loudspeakers too: a bulletin of the handling unit that speaks to this item (one bulletin may
     * answer many). Not for a rejected item; the state does not change (the written answer still follows).
     */
    public Step answerOnAir(long bulletinId, Instant now) {
        require(status != FeedbackStatus.REJECTED, "answer on air");
        if (!bulletins.add(bulletinId)) {
            throw new TransitionRefusedException(TransitionRefusedException.NOT_ALLOWED, "bulletin " + bulletinId + " answers it already");
        }
        updatedAt = now;
        return new Step("onAir", status, status, "feedback.public.onAir");
    }

    public java.util.Set<Long> bulletins() {
        return java.util.Set.copyOf(bulletins);
    }

    /** Past its deadline and still open: the province is told (once; a transfer starts a new deadline). */
    public boolean overdue(Instant now) {
        return status.open() && dueAt.isBefore(now);
    }

    public Step escalate(Instant now) {
        if (!overdue(now) || escalatedAt != null) {
            throw new TransitionRefusedException(TransitionRefusedException.NOT_ALLOWED, "feedback " + id + " is not overdue or was escalated");
        }
        this.escalatedAt = now;
        return new Step("escalate", status, status, null);
    }

    private Step move(String action, FeedbackStatus to, String publicNote, Instant now) {
        FeedbackStatus before = status;
        status = to;
        updatedAt = now;
        return new Step(action, before, to, publicNote);
    }

    private void require(boolean allowed, String step) {
        if (!allowed) {
            throw new TransitionRefusedException(TransitionRefusedException.NOT_ALLOWED, "cannot " + step + " feedback " + id + " in " + status);
        }
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String category() { return category; }
    public String commune() { return commune; }
    public String handlingUnit() { return handlingUnit; }
    public String title() { return title; }
    public String text() { return text; }
    public Channel channel() { return channel; }
    public FeedbackPriority priority() { return priority; }
    public FeedbackStatus status() { return status; }
    public Double latitude() { return latitude; }
    public Double longitude() { return longitude; }
    public String citizenName() { return citizenName; }
    public String citizenPhone() { return citizenPhone; }
    public String citizenEmail() { return citizenEmail; }
    public boolean anonymous() { return anonymous; }
    public Instant consentAt() { return consentAt; }
    public String clientHash() { return clientHash; }
    public String recordedBy() { return recordedBy; }
    public Instant receivedAt() { return receivedAt; }
    public Instant dueAt() { return dueAt; }
    public String acceptedBy() { return acceptedBy; }
    public String assignee() { return assignee; }
    public String answerDraft() { return answerDraft; }
    public String draftedBy() { return draftedBy; }
    public String answerPublic() { return answerPublic; }
    public String answeredBy() { return answeredBy; }
    public Instant answeredAt() { return answeredAt; }
    public Instant closedAt() { return closedAt; }
    public String rating() { return rating; }
    public String ratingComment() { return ratingComment; }
    public int reopenCount() { return reopenCount; }
    public RejectKind rejectKind() { return rejectKind; }
    public String rejectReason() { return rejectReason; }
    public Long mergedInto() { return mergedInto; }
    public String transferReason() { return transferReason; }
    public String transferredFrom() { return transferredFrom; }
    public Instant escalatedAt() { return escalatedAt; }
    public Instant updatedAt() { return updatedAt; }
    public List<Long> files() { return List.copyOf(files); }
    public long version() { return version; }
}
