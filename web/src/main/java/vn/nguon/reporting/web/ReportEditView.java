package vn.nguon.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.identity.web.CurrentUser;
import vn.nguon.reporting.application.AccessRefusedException;
import vn.nguon.reporting.application.ReportQueries;
import vn.nguon.reporting.application.ReportService;
import vn.nguon.reporting.application.ReportView;
import vn.nguon.reporting.application.ValidationFailedException;
import vn.nguon.reporting.domain.ReportStatus;
import vn.nguon.reporting.domain.ReportTemplate;
import vn.nguon.reporting.domain.Violation;
import vn.nguon.reporting.domain.WorkflowException;
import vn.nguon.reporting.infrastructure.TemplateCatalog;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * One report ({@code reporting/report.xhtml}): narrative sections and annex tables, saved as a
 * draft at any time (and every minute while editing), then signed, submitted, reviewed. Values
 * typed stay in the page when a save is refused, so nothing is lost.
 */
@Named
@ViewScoped
public class ReportEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportService service;

    @Inject
    transient ReportQueries queries;

    @Inject
    transient TemplateCatalog templates;

    @Inject
    CurrentUser me;

    private Long periodId;
    private Long reportId;
    private ReportView report;
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> invalid = new HashSet<>();
    private boolean dirty;
    private String reason;

    @PostConstruct
    void init() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        periodId = parse(params.get("period"));
        reportId = parse(params.get("id"));
    }

    /** Called by {@code f:viewAction}: loads the report, or the caller's own for the period. */
    public void load() {
        if (report != null) {
            return;
        }
        try {
            report = reportId != null ? service.view(reportId) : periodId != null ? service.own(periodId) : null;
        } catch (AccessRefusedException | WorkflowException e) {
            error("report.notAvailable");
        }
        if (report != null) {
            values.putAll(report.values());
        }
    }

    private static Long parse(String s) {
        try {
            return s == null ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public ReportView getReport() {
        return report;
    }

    public ReportTemplate getTemplate() {
        return report == null ? null : templates.get(report.templateId());
    }

    public Map<String, String> getValues() {
        return values;
    }

    public boolean isInvalid(String key) {
        return invalid.contains(key);
    }

    public void changed() {
        dirty = true;
    }

    public boolean isEditable() {
        return report != null && report.unitCode().equals(me.getUnitCode())
                && (report.status() == ReportStatus.DRAFT || report.status() == ReportStatus.RETURNED)
                && me.hasAny("commune-officer province-officer ministry-officer");
    }

    public boolean isSignable() {
        return report != null && report.unitCode().equals(me.getUnitCode()) && report.status() == ReportStatus.DRAFT
                && me.hasAny("commune-leader province-leader ministry-leader");
    }

    public boolean isSubmittable() {
        return report != null && report.unitCode().equals(me.getUnitCode()) && report.status() == ReportStatus.SIGNED
                && me.hasAny("commune-leader province-leader ministry-leader");
    }

    public boolean isReviewable() {
        return report != null && !report.unitCode().equals(me.getUnitCode())
                && (report.status() == ReportStatus.SUBMITTED || report.status() == ReportStatus.ACCEPTED);
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));

    /** Vietnam time, as officials read it. */
    public String time(java.time.Instant at) {
        return at == null ? "" : TIME.format(at);
    }

    public List<ReportQueries.TimelineEntry> getTimeline() {
        return report == null ? List.of() : queries.timeline(report.id());
    }

    public List<vn.nguon.reporting.domain.SubmissionDiff.Change> getDiff() {
        return report == null ? List.of() : queries.diff(report.id());
    }

    // --- actions ------------------------------------------------------------------------------

    public void save() {
        run(() -> service.save(report.id(), report.version(), values), "report.saved");
    }

    /** The poll's autosave: only when something was typed since the last save. */
    public void autosave() {
        if (dirty && isEditable()) {
            save();
        }
    }

    public void sign() {
        run(() -> service.sign(report.id()), "report.signed");
    }

    public void submit() {
        run(() -> service.submit(report.id()), "report.submitted");
    }

    public void accept() {
        run(() -> service.accept(report.id()), "report.accepted");
    }

    public void returnForRevision() {
        run(() -> service.returnForRevision(report.id(), reason), "report.returned");
    }

    public void unaccept() {
        run(() -> service.unaccept(report.id(), reason), "report.unaccepted");
    }

    private interface Step {
        ReportView run();
    }

    private void run(Step step, String successKey) {
        invalid.clear();
        try {
            report = step.run();
            values.clear();
            values.putAll(report.values());
            dirty = false;
            reason = null;
            info(successKey);
        } catch (ValidationFailedException e) {
            ResourceBundle b = bundle();
            Map<String, ReportTemplate.Field> fields = getTemplate().fields();
            for (Violation v : e.violations()) {
                invalid.add(v.field());
                ReportTemplate.Field f = fields.get(v.field());
                String label = f == null ? v.field() : f.isSection() ? f.section().title()
                        : f.annex().code() + " — " + f.indicator().label() + " (" + f.column().label() + ")";
                String text = v.code().equals(Violation.RULE) ? v.args().get(0)
                        : MessageFormat.format(b.getString("violation." + v.code()), v.args().toArray());
                FacesContext.getCurrentInstance().addMessage(null,
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, label + ": " + text, null));
            }
        } catch (WorkflowException e) {
            error("workflow." + e.code());
        } catch (AccessRefusedException | jakarta.ejb.EJBAccessException e) {
            error("report.refused");
        }
    }

    private static ResourceBundle bundle() {
        FacesContext fc = FacesContext.getCurrentInstance();
        return fc.getApplication().getResourceBundle(fc, "msg");
    }

    private static void info(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, bundle().getString(key), null));
    }

    private static void error(String key) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, bundle().getString(key), null));
    }
}
