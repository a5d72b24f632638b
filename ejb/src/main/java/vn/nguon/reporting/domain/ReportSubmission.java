package vn.nguon.reporting.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * What a unit sent, exactly as sent: the values of one revision at the moment of submission,
 * with its document number. Never changed afterwards (no mutators; the database refuses updates).
 */
@Entity
@Table(name = "report_submission")
public class ReportSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_submission_seq")
    @SequenceGenerator(name = "report_submission_seq", sequenceName = "report_submission_seq", allocationSize = 50)
    private Long id;

    @Column(name = "report_id", nullable = false)
    private Long reportId;

    @Column(nullable = false)
    private int revision;

    @Column(name = "document_number", nullable = false, length = 40)
    private String documentNumber;

    @Column(name = "submitted_by", nullable = false, length = 100)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "report_submission_value", joinColumns = @JoinColumn(name = "submission_id"))
    @MapKeyColumn(name = "field_key", length = 120)
    @Column(name = "value", nullable = false, columnDefinition = "text")
    private Map<String, String> values = new HashMap<>();

    protected ReportSubmission() {
    }

    public ReportSubmission(Report report, String by, Instant now) {
        this.reportId = report.id();
        this.revision = report.revision();
        this.documentNumber = report.documentNumber();
        this.submittedBy = by;
        this.submittedAt = now;
        this.values.putAll(report.values());
    }

    public Long id() { return id; }

    public Long reportId() { return reportId; }

    public int revision() { return revision; }

    public String documentNumber() { return documentNumber; }

    public String submittedBy() { return submittedBy; }

    public Instant submittedAt() { return submittedAt; }

    public Map<String, String> values() { return Map.copyOf(values); }
}
