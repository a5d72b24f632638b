package vn.nguon.feedback.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import vn.nguon.feedback.application.Surveys;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.shared.Jsons;
import vn.nguon.web.RefusalPage;

import java.io.Serializable;

/** Kết quả khảo sát ({@code feedback/survey.xhtml?id=}): a bar chart per choice or scale question, the texts. */
@Named
@ViewScoped
public class SurveyResultsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Surveys surveys;

    private Long id;
    private Surveys.Results results;

    public void init() {
        try {
            results = surveys.results(id == null ? -1 : id);
        } catch (AccessRefusedException | EJBAccessException e) {
            RefusalPage.refused();
        }
    }

    /** A Chart.js bar chart of one question's counts (horizontal: long option texts read well). */
    public String chart(Surveys.QuestionResult q) {
        JsonArrayBuilder labels = Jsons.PROVIDER.createArrayBuilder();
        q.labels().forEach(labels::add);
        JsonArrayBuilder data = Jsons.PROVIDER.createArrayBuilder();
        q.counts().forEach(data::add);
        return Jsons.PROVIDER.createObjectBuilder().add("type", "bar")
                .add("data", Jsons.PROVIDER.createObjectBuilder().add("labels", labels).add("datasets", Jsons.PROVIDER.createArrayBuilder()
                        .add(Jsons.PROVIDER.createObjectBuilder().add("label", q.text()).add("data", data).add("backgroundColor", "#b71c1c"))))
                .add("options", Jsons.PROVIDER.createObjectBuilder().add("indexAxis", "SCALE".equals(q.kind()) ? "x" : "y")
                        .add("plugins", Jsons.PROVIDER.createObjectBuilder().add("legend", Jsons.PROVIDER.createObjectBuilder().add("display", false))))
                .build().toString();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public Surveys.Results getResults() { return results; }
}
