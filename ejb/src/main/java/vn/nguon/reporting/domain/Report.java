package vn.nguon.reporting.domain;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import vn.nguon.kernel.TransitionRefusedException;

/**
 * One unit's report for one period, through its whole life: drafts, signature, submission,
 * review. The workflow verbs check the transition against {@link ReportStatus}, change the
 * report and return the {@link ReportTransition} that the service audits. A returned report is
 * revised as a new revision; each submission is kept as an immutable {@link ReportSubmission}.
 */
@Entity
@Table(name = "report")
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_seq")
    @SequenceGenerator(name = "report_seq", sequenceName = "report_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @Column(name = "unit_code", nullable = false, length = 16)
    private String unitCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ReportStatus status;

    @Column(nullable = false)
    private int revision;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "report_value", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "field_key", length = 120)
    @Column(name = "value", nullable = false, columnDefinition = "text")
    private Map<String, String> values = new HashMap<>();

    @Column(name = "document_number", length = 40)
    private String documentNumber;

    @Column(name = "signed_by", length = 100)
    private String signedBy;

    @Column(name = "signed_at")
    private Instant signedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "return_reason", columnDefinition = "text")
    private String returnReason;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Report() {
    }

    public Report(ReportingPeriod period, String unitCode, Map<String, String> initialValues, String by, Instant now) {
        this.period = Objects.requireNonNull(period);
        this.unitCode = Objects.requireNonNull(unitCode);
        this.status = ReportStatus.DRAFT;
        this.revision = 1;
        putAll(initialValues);
        this.updatedBy = by;
        this.updatedAt = now;
    }

    // --- workflow verbs ---------------------------------------------------------------------

    /**
     * Replaces the values with what the user saved. Editing a returned report starts its next
     * revision (the reviewer's reason stays visible until it is submitted again).
     *
     * @return the revision transition when one was started, else null
     */
    public ReportTransition edit(Map<String, String> newValues, String by, Instant now) {
        ReportTransition started = null;
        if (status == ReportStatus.RETURNED) {
            started = move(ReportStatus.DRAFT, "revise", "revision " + (revision + 1));
            revision++;
            documentNumber = null;
            signedBy = null;
            signedAt = null;
        }
        if (!status.isEditable()) {
            throw new TransitionRefusedException(TransitionRefusedException.NOT_EDITABLE, "report " + id + " is " + status);
        }
        values.clear();
        putAll(newValues);
        touch(by, now);
        return started;
    }

    public ReportTransition sign(String signer, String number, Instant now) {
        ReportTransition t = move(ReportStatus.SIGNED, "sign", number);
        documentNumber = Objects.requireNonNull(number);
        signedBy = signer;
        signedAt = now;
        touch(signer, now);
        return t;
    }

    public ReportTransition submit(String by, Instant now) {
        ReportTransition t = move(ReportStatus.SUBMITTED, "submit", documentNumber);
        submittedAt = now;
        returnReason = null;
        touch(by, now);
        return t;
    }

    public ReportTransition accept(String reviewer, Instant now) {
        ReportTransition t = move(ReportStatus.ACCEPTED, "accept", null);
        touch(reviewer, now);
        return t;
    }

    public ReportTransition returnForRevision(String reviewer, String reason, Instant now) {
        String r = requireReason(reason);
        ReportTransition t = move(ReportStatus.RETURNED, "return", r);
        returnReason = r;
        touch(reviewer, now);
        return t;
    }

    /** Takes back an acceptance: the report is under review again. */
    public ReportTransition unaccept(String reviewer, String reason, Instant now) {
        if (status != ReportStatus.ACCEPTED) {
            throw new TransitionRefusedException(TransitionRefusedException.NOT_ALLOWED, "un-accept needs ACCEPTED, not " + status);
        }
        ReportTransition t = move(ReportStatus.SUBMITTED, "unaccept", requireReason(reason));
        touch(reviewer, now);
        return t;
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new TransitionRefusedException(TransitionRefusedException.REASON_REQUIRED, "a reason is required");
        }
        return reason.strip();
    }

    private ReportTransition move(ReportStatus to, String action, String comment) {
        if (!status.canMoveTo(to)) {
            throw new TransitionRefusedException(TransitionRefusedException.NOT_ALLOWED, action + " is not allowed from " + status);
        }
        ReportTransition t = new ReportTransition(action, status, to, comment);
        status = to;
        return t;
    }

    private void putAll(Map<String, String> newValues) {
        newValues.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                values.put(k, v.strip());
            }
        });
    }

    private void touch(String by, Instant now) {
        updatedBy = by;
        updatedAt = now;
    }

    // --- read access ------------------------------------------------------------------------

    public Long id() { return id; }

    public ReportingPeriod period() { return period; }

    public String unitCode() { return unitCode; }

    public ReportStatus status() { return status; }

    public int revision() { return revision; }

    public Map<String, String> values() { return Map.copyOf(values); }

    public String documentNumber() { return documentNumber; }

    public String signedBy() { return signedBy; }

    public Instant signedAt() { return signedAt; }

    public Instant submittedAt() { return submittedAt; }

    public String returnReason() { return returnReason; }

    public String updatedBy() { return updatedBy; }

    public Instant updatedAt() { return updatedAt; }

    public long version() { return version; }
}
