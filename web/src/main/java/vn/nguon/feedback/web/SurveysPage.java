package vn.nguon.feedback.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.feedback.application.Surveys;
import vn.nguon.feedback.domain.SurveyQuestion;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.web.Messages;
import vn.nguon.web.RefusalPage;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Khảo sát ý kiến ({@code feedback/surveys.xhtml}): the surveys of the caller's unit and of the units below it; a
 * survey written on the page (questions added one by one: single or multiple choice with an option per line, a
 * scale, free text), published for its period on the unit's portal page, closed; the results one click away.
 */
@Named
@ViewScoped
public class SurveysPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A question as the form holds it. */
    public static class QuestionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String kind = "SINGLE";
        private String text;
        private String options;
        private Integer scaleMax = 5;

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
        public String getOptions() { return options; }
        public void setOptions(String options) { this.options = options; }
        public Integer getScaleMax() { return scaleMax; }
        public void setScaleMax(Integer scaleMax) { this.scaleMax = scaleMax; }

        SurveyQuestion question() {
            List<String> opts = options == null ? List.of()
                    : Arrays.stream(options.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            SurveyQuestion.Kind k = SurveyQuestion.Kind.valueOf(kind);
            return new SurveyQuestion(k, text == null ? null : text.strip(),
                    k == SurveyQuestion.Kind.SINGLE || k == SurveyQuestion.Kind.MULTIPLE ? opts : List.of(),
                    k == SurveyQuestion.Kind.SCALE ? scaleMax : null);
        }
    }

    @Inject
    Surveys surveys;

    private List<Surveys.SurveyView> rows = List.of();
    private String title;
    private String intro;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private List<QuestionForm> questions = new ArrayList<>();

    @PostConstruct
    void init() {
        try {
            rows = surveys.list();
        } catch (AccessRefusedException | EJBAccessException e) {
            RefusalPage.refused();
        }
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        opensOn = today;
        closesOn = today.plusDays(14);
        questions.add(new QuestionForm());
    }

    public void addQuestion() {
        questions.add(new QuestionForm());
    }

    public void removeQuestion(int index) {
        if (index >= 0 && index < questions.size() && questions.size() > 1) {
            questions.remove(index);
        }
    }

    public void save() {
        try {
            surveys.create(title, intro, opensOn, closesOn, questions.stream().map(QuestionForm::question).toList());
            Messages.info("survey.saved");
            title = null;
            intro = null;
            questions = new ArrayList<>(List.of(new QuestionForm()));
            rows = surveys.list();
        } catch (ValidationFailedException e) {
            Messages.violations(e.violations(), f -> "survey.field." + f.replaceAll("\\[\\d+]", "").replace('.', '_'));
        }
    }

    public void publish(long id) {
        step(() -> surveys.publish(id), "survey.published");
    }

    public void close(long id) {
        step(() -> surveys.close(id), "survey.closed");
    }

    private void step(Runnable r, String ok) {
        try {
            r.run();
            rows = surveys.list();
            Messages.info(ok);
        } catch (TransitionRefusedException | AccessRefusedException | EJBAccessException e) {
            Messages.error("survey.refused");
        }
    }

    public String day(LocalDate d) {
        return vn.nguon.web.Times.day(d);
    }

    public List<String> getKinds() {
        return Arrays.stream(SurveyQuestion.Kind.values()).map(Enum::name).toList();
    }

    public List<Surveys.SurveyView> getRows() { return rows; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getIntro() { return intro; }
    public void setIntro(String intro) { this.intro = intro; }
    public LocalDate getOpensOn() { return opensOn; }
    public void setOpensOn(LocalDate opensOn) { this.opensOn = opensOn; }
    public LocalDate getClosesOn() { return closesOn; }
    public void setClosesOn(LocalDate closesOn) { this.closesOn = closesOn; }
    public List<QuestionForm> getQuestions() { return questions; }
}
