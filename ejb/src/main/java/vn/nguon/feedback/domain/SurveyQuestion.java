package vn.nguon.feedback.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Arrays;
import java.util.List;

/** A question of a survey: single or multiple choice (its options), a scale (1 to its maximum), or free text. */
@Embeddable
public class SurveyQuestion {

    public enum Kind { SINGLE, MULTIPLE, SCALE, TEXT }

    @Column(nullable = false, length = 10)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Kind kind;

    @Column(nullable = false, length = 500)
    private String text;

    @Column(length = 2000)
    private String options;

    @Column(name = "scale_max")
    private Integer scaleMax;

    protected SurveyQuestion() {
    }

    public SurveyQuestion(Kind kind, String text, List<String> options, Integer scaleMax) {
        this.kind = kind;
        this.text = text;
        this.options = options == null || options.isEmpty() ? null : String.join("\n", options);
        this.scaleMax = scaleMax;
    }

    public Kind kind() { return kind; }
    public String text() { return text; }
    public Integer scaleMax() { return scaleMax; }

    public List<String> options() {
        return options == null ? List.of() : Arrays.asList(options.split("\n"));
    }
}
