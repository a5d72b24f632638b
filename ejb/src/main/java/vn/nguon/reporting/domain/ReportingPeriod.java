package vn.nguon.reporting.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.nguon.org.domain.UnitLevel;

import java.time.Instant;
import java.time.LocalDate;
import vn.nguon.kernel.TransitionRefusedException;

/**
 * A reporting period opened by the ministry for one template: data cut-off date and a due date
 * per level (communes, provinces, ministry). Closing it locks every report of the period.
 */
@Entity
@Cacheable
@Table(name = "reporting_period")
public class ReportingPeriod implements java.io.Serializable {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reporting_period_seq")
    @SequenceGenerator(name = "reporting_period_seq", sequenceName = "reporting_period_seq", allocationSize = 1)
    private Long id;

    @Column(nullable = false, length = 300)
    private String name;

    @Column(name = "template_code", nullable = false, length = 40)
    private String templateCode;

    @Column(name = "template_version", nullable = false)
    private int templateVersion;

    @Column(name = "cutoff_date", nullable = false)
    private LocalDate cutoffDate;

    @Column(name = "due_commune", nullable = false)
    private LocalDate dueCommune;

    @Column(name = "due_province", nullable = false)
    private LocalDate dueProvince;

    @Column(name = "due_ministry", nullable = false)
    private LocalDate dueMinistry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PeriodStatus status;

    @Column(name = "opened_by", nullable = false, length = 100)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected ReportingPeriod() {
    }

    /**
     * @throws IllegalArgumentException with a message key ({@code period.name},
     *         {@code period.datesRequired}, {@code period.datesOrder}) when the name is empty or too
     *         long, a date is missing, or the dates are not in order: cut-off ≤ commune due ≤
     *         province due ≤ ministry due
     */
    public ReportingPeriod(String name, ReportTemplate template, LocalDate cutoffDate, LocalDate dueCommune,
                           LocalDate dueProvince, LocalDate dueMinistry, String openedBy, Instant now) {
        if (name == null || name.isBlank() || name.length() > 300) {
            throw new IllegalArgumentException("period.name");
        }
        if (cutoffDate == null || dueCommune == null || dueProvince == null || dueMinistry == null) {
            throw new IllegalArgumentException("period.datesRequired");
        }
        if (dueCommune.isBefore(cutoffDate) || dueProvince.isBefore(dueCommune) || dueMinistry.isBefore(dueProvince)) {
            throw new IllegalArgumentException("period.datesOrder");
        }
        this.name = name.strip();
        this.templateCode = template.code();
        this.templateVersion = template.version();
        this.cutoffDate = cutoffDate;
        this.dueCommune = dueCommune;
        this.dueProvince = dueProvince;
        this.dueMinistry = dueMinistry;
        this.status = PeriodStatus.OPEN;
        this.openedBy = openedBy;
        this.openedAt = now;
    }

    public void close(Instant now) {
        if (status == PeriodStatus.CLOSED) {
            throw new TransitionRefusedException(TransitionRefusedException.PERIOD_CLOSED, "period " + id + " is already closed");
        }
        status = PeriodStatus.CLOSED;
        closedAt = now;
    }

    public void requireOpen() {
        if (status != PeriodStatus.OPEN) {
            throw new TransitionRefusedException(TransitionRefusedException.PERIOD_CLOSED, "period " + id + " is closed");
        }
    }

    public LocalDate dueFor(UnitLevel level) {
        return switch (level) {
            case COMMUNE -> dueCommune;
            case PROVINCE -> dueProvince;
            case MINISTRY -> dueMinistry;
        };
    }

    /** Days past the level's due date on {@code day} (0 when not late). */
    public long daysLate(UnitLevel level, LocalDate day) {
        LocalDate due = dueFor(level);
        return day.isAfter(due) ? java.time.temporal.ChronoUnit.DAYS.between(due, day) : 0;
    }

    public String templateId() {
        return templateCode + "@" + templateVersion;
    }

    public Long id() { return id; }

    public String name() { return name; }

    public LocalDate cutoffDate() { return cutoffDate; }

    public LocalDate dueCommune() { return dueCommune; }

    public LocalDate dueProvince() { return dueProvince; }

    public LocalDate dueMinistry() { return dueMinistry; }

    public Instant openedAt() { return openedAt; }

    public Instant closedAt() { return closedAt; }

    public PeriodStatus status() { return status; }

    public String openedBy() { return openedBy; }
}
