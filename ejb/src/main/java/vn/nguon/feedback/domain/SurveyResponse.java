package vn.nguon.feedback.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One browser's answers to a survey (its token kept hashed: one answer per browser). */
@Entity
@Table(name = "survey_response")
public class SurveyResponse {

    /** The answer to one question: the chosen options (indexes), a scale value or a text. */
    @Embeddable
    public static class Answer {
        @Column(nullable = false)
        private int question;
        @Column(length = 100)
        private String choices;
        private Integer scale;
        @Column(length = 2000)
        private String text;

        protected Answer() {
        }

        public Answer(int question, List<Integer> choices, Integer scale, String text) {
            this.question = question;
            this.choices = choices == null || choices.isEmpty() ? null : String.join(",", choices.stream().map(String::valueOf).toList());
            this.scale = scale;
            this.text = text;
        }

        public int question() { return question; }
        public Integer scale() { return scale; }
        public String text() { return text; }

        public List<Integer> choices() {
            return choices == null ? List.of() : java.util.Arrays.stream(choices.split(",")).map(Integer::valueOf).toList();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "survey_id", nullable = false, updatable = false)
    private long surveyId;
    @Column(name = "token_hash", nullable = false, length = 64, updatable = false)
    private String tokenHash;
    @Column(name = "client_hash", length = 64, updatable = false)
    private String clientHash;
    @Column(name = "answered_at", nullable = false, updatable = false)
    private Instant answeredAt;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_answer", joinColumns = @JoinColumn(name = "response_id"))
    private List<Answer> answers = new ArrayList<>();

    protected SurveyResponse() {
    }

    public SurveyResponse(long surveyId, String tokenHash, String clientHash, List<Answer> answers, Instant now) {
        this.surveyId = surveyId;
        this.tokenHash = tokenHash;
        this.clientHash = clientHash;
        this.answers.addAll(answers);
        this.answeredAt = now;
    }

    public List<Answer> answers() { return List.copyOf(answers); }
}
