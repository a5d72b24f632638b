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
import vn.nguon.kernel.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A short survey (khảo sát ý kiến) a unit publishes on its portal page for a period: DRAFT (edited) → PUBLISHED
 * (answered from its first to its last day) → CLOSED. Its questions are fixed once published.
 */
@Entity
@Table(name = "survey")
public class Survey {

    public enum Status { DRAFT, PUBLISHED, CLOSED }

    public static final int MAX_QUESTIONS = 20;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "owner_unit", nullable = false, length = 16, updatable = false)
    private String ownerUnit;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(length = 2000)
    private String intro;
    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;
    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status = Status.DRAFT;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_question", joinColumns = @JoinColumn(name = "survey_id"))
    @OrderColumn(name = "position")
    private List<SurveyQuestion> questions = new ArrayList<>();
    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Version
    private long version;

    protected Survey() {
    }

    public Survey(String ownerUnit, String title, String intro, LocalDate opensOn, LocalDate closesOn, List<SurveyQuestion> questions,
                  String by, Instant now) {
        this.ownerUnit = ownerUnit;
        this.createdBy = by;
        this.createdAt = now;
        write(title, intro, opensOn, closesOn, questions);
    }

    public void edit(String title, String intro, LocalDate opensOn, LocalDate closesOn, List<SurveyQuestion> questions) {
        if (status != Status.DRAFT) {
            throw new TransitionRefusedException(TransitionRefusedException.NOT_EDITABLE, "survey " + id + " is " + status);
        }
        write(title, intro, opensOn, closesOn, questions);
    }

    private void write(String title, String intro, LocalDate opensOn, LocalDate closesOn, List<SurveyQuestion> questions) {
        this.title = title;
        this.intro = intro;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.questions.clear();
        this.questions.addAll(questions);
    }

    public void publish() {
        if (status != Status.DRAFT) {
            throw new TransitionRefusedException(TransitionRefusedException.NOT_ALLOWED, "survey " + id + " is " + status);
        }
        status = Status.PUBLISHED;
    }

    public void close() {
        if (status != Status.PUBLISHED) {
            throw new TransitionRefusedException(TransitionRefusedException.NOT_ALLOWED, "survey " + id + " is " + status);
        }
        status = Status.CLOSED;
    }

    /** Whether citizens may answer it on {@code day}. */
    public boolean open(LocalDate day) {
        return status == Status.PUBLISHED && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** Everything wrong with a survey as written, by field. */
    public static List<Violation> problems(String title, LocalDate opensOn, LocalDate closesOn, List<SurveyQuestion> questions) {
        List<Violation> v = new ArrayList<>();
        if (title == null || title.isBlank()) {
            v.add(Violation.of("title", Violation.REQUIRED));
        } else if (title.length() > 200) {
            v.add(Violation.of("title", Violation.TOO_LONG, 200));
        }
        if (opensOn == null) {
            v.add(Violation.of("opensOn", Violation.REQUIRED));
        }
        if (closesOn == null) {
            v.add(Violation.of("closesOn", Violation.REQUIRED));
        } else if (opensOn != null && closesOn.isBefore(opensOn)) {
            v.add(Violation.of("closesOn", "untilBeforeStart"));
        }
        if (questions.isEmpty()) {
            v.add(Violation.of("questions", Violation.REQUIRED));
        } else if (questions.size() > MAX_QUESTIONS) {
            v.add(Violation.of("questions", Violation.TOO_LARGE, MAX_QUESTIONS));
        }
        for (int i = 0; i < questions.size(); i++) {
            SurveyQuestion q = questions.get(i);
            String f = "questions[" + i + "]";
            if (q.text() == null || q.text().isBlank()) {
                v.add(Violation.of(f + ".text", Violation.REQUIRED));
            } else if (q.text().length() > 500) {
                v.add(Violation.of(f + ".text", Violation.TOO_LONG, 500));
            }
            if (q.kind() == null) {
                v.add(Violation.of(f + ".kind", Violation.REQUIRED));
            } else if ((q.kind() == SurveyQuestion.Kind.SINGLE || q.kind() == SurveyQuestion.Kind.MULTIPLE)
                    && (q.options().size() < 2 || q.options().size() > 10 || q.options().stream().anyMatch(o -> o.isBlank() || o.length() > 150))) {
                v.add(Violation.of(f + ".options", "survey.options"));
            } else if (q.kind() == SurveyQuestion.Kind.SCALE && (q.scaleMax() == null || q.scaleMax() < 2 || q.scaleMax() > 10)) {
                v.add(Violation.of(f + ".scaleMax", "survey.scale"));
            }
        }
        return v;
    }

    public Long id() { return id; }
    public String ownerUnit() { return ownerUnit; }
    public String title() { return title; }
    public String intro() { return intro; }
    public LocalDate opensOn() { return opensOn; }
    public LocalDate closesOn() { return closesOn; }
    public Status status() { return status; }
    public List<SurveyQuestion> questions() { return List.copyOf(questions); }
    public long version() { return version; }
}
