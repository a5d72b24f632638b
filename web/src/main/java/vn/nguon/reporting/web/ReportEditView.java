package vn.nguon.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.web.RefusalPage;
import vn.nguon.reporting.application.ReportQueries;
import vn.nguon.reporting.application.ReportService;
import vn.nguon.reporting.application.ReportView;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.reporting.domain.Rollup;
import vn.nguon.reporting.domain.ReportTemplate;
import vn.nguon.kernel.Violation;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.reporting.infrastructure.TemplateCatalog;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import vn.nguon.audit.application.TimelineEntry;
import vn.nguon.web.Messages;

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
    ReportService service;

    @Inject
    ReportQueries queries;

    @Inject
    TemplateCatalog templates;

    private Long periodId;
    private Long reportId;
    private ReportView report;
    private final Map<String, String> values = new HashMap<>();
    private final Set<String> invalid = new HashSet<>();
    private boolean dirty;
    private String reason;
    private boolean stale;
    private ReportQueries.RollupView rollup;
    private List<RollupRow> rollupRows;

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
        } catch (AccessRefusedException e) {
            RefusalPage.refused();
        } catch (TransitionRefusedException e) {
            RefusalPage.notFound();
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

    /** What an indicator is in this report: as a commune types it, or, at a province or the ministry, its roll-up. */
    public ReportTemplate.Measure measure(ReportTemplate.Indicator indicator) {
        return indicator.at(report != null && report.unitLevel() != vn.nguon.org.domain.UnitLevel.COMMUNE);
    }

    /** Whether a cell is answered by choosing "có" or "không" (a commune's yes/no indicator). */
    public boolean isYesNo(ReportTemplate.Indicator indicator) {
        return measure(indicator).type() == vn.nguon.reporting.domain.IndicatorType.YES_NO;
    }

    /** The answers of a yes/no cell: có, không, and a value stored otherwise (through the API) so that it is never lost. */
    public List<String> yesNoChoices(String key) {
        String current = values.get(key);
        List<String> choices = new java.util.ArrayList<>(List.of("có", "không"));
        if (current != null && !current.isBlank() && !choices.contains(current)) {
            choices.add(current);
        }
        return choices;
    }

    public boolean isInvalid(String key) {
        return invalid.contains(key);
    }

    public void changed() {
        dirty = true;
    }

    /** The buttons follow what the service says the caller may do now (the service checks again on every step). */
    public boolean isEditable() {
        return report != null && report.may("EDIT");
    }

    public boolean isSignable() {
        return report != null && report.may("SIGN");
    }

    public boolean isSubmittable() {
        return report != null && report.may("SUBMIT");
    }

    public boolean isReviewable() {
        return report != null && (report.may("ACCEPT") || report.may("UNACCEPT"));
    }

    public boolean isStale() {
        return stale;
    }

    // --- roll-up (province and ministry reports) ----------------------------------------------

    /** One field of the roll-up: where it is in the template, the combined value, and each lower unit's value. */
    public record RollupRow(String key, String annex, String indicator, String column, String rule, String value,
                            List<Map.Entry<String, String>> byUnit) implements Serializable {
    }

    public List<RollupRow> getRollupRows() {
        loadRollup();
        return rollupRows;
    }

    public ReportQueries.RollupView getRollup() {
        loadRollup();
        return rollup;
    }

    /** Unit names for a list of codes of the roll-up ("Xã A, Xã B"), or "—". */
    public String names(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return "—";
        }
        return codes.stream().map(c -> rollup.unitNames().getOrDefault(c, c)).collect(Collectors.joining(", "));
    }

    private void loadRollup() {
        if (rollup != null || report == null || !report.compiled()) {
            return;
        }
        rollup = queries.rollup(report.periodId(), report.unitCode());
        Map<String, ReportTemplate.Field> fields = getTemplate().fields();
        List<RollupRow> rows = new ArrayList<>();
        for (Rollup.Cell c : rollup.cells().values()) {
            ReportTemplate.Field f = fields.get(c.key());
            List<Map.Entry<String, String>> byUnit = c.byUnit().entrySet().stream()
                    .map(e -> Map.entry(rollup.unitNames().getOrDefault(e.getKey(), e.getKey()), e.getValue()))
                    .toList();
            rows.add(new RollupRow(c.key(), f.annex().code(), f.indicator().label(), f.column().label(),
                    f.indicator().rollup().name(), c.value(), byUnit));
        }
        rollupRows = rows;
    }

    /** Puts the roll-up's current values into the draft (saved with the next save). */
    public void applyRollup() {
        rollup = null; // recomputed now: units may have been accepted since the page opened
        loadRollup();
        values.putAll(Rollup.values(rollup.cells()));
        dirty = true;
        Messages.info("rollup.applied");
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

    /** A field as officials name it: the section's title, or "PL01 — indicator (column)". */
    public String label(String key) {
        ReportTemplate.Field f = getTemplate().fields().get(key);
        return f == null ? key : f.isSection() ? f.section().title()
                : f.annex().code() + " — " + f.indicator().label() + " (" + f.column().label() + ")";
    }

    public List<TimelineEntry> getTimeline() {
        return report == null ? List.of() : queries.timeline(report.id());
    }

    public List<vn.nguon.reporting.domain.SubmissionDiff.Change> getDiff() {
        return report == null ? List.of() : queries.diff(report.id());
    }

    // --- actions ------------------------------------------------------------------------------

    public void save() {
        run(() -> service.save(report.id(), report.version(), values), "report.saved");
    }

    /** After a refused (stale) save: shows the version someone else saved, replacing what was typed. */
    public void reloadLatest() {
        report = service.view(report.id());
        values.clear();
        values.putAll(report.values());
        dirty = false;
        stale = false;
        invalid.clear();
        Messages.info("report.reloaded");
    }

    /** The poll's autosave: only when something was typed since the last save. */
    public void autosave() {
        if (dirty && isEditable()) {
            save();
        }
    }

    /** What signing will do, said before it is done: the number it takes and that it cannot be undone. */
    public String getSignConfirmation() {
        return report == null ? "" : Messages.text("report.sign.confirm", queries.nextNumber(report.id()));
    }

    /** What returning will do: the unit gets the report back with the reason. */
    public String getReturnConfirmation() {
        return report == null ? "" : Messages.text("report.return.confirm", report.unitName());
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
            stale = false;
            rollup = null;
            Messages.info(successKey);
        } catch (ValidationFailedException e) {
            ResourceBundle b = Messages.bundle();
            for (Violation v : e.violations()) {
                invalid.add(v.field());
                String label = label(v.field());
                String text = v.code().equals(Violation.RULE) ? v.args().get(0)
                        : MessageFormat.format(b.getString("violation." + v.code()), v.args().toArray());
                Messages.add(FacesMessage.SEVERITY_ERROR, label + ": " + text);
            }
        } catch (TransitionRefusedException e) {
            if (TransitionRefusedException.STALE.equals(e.code())) {
                stale = true;
                TimelineEntry last = queries.lastSave(report.id());
                Messages.error("workflow.stale.by", last == null ? "?" : last.actor(), last == null ? "?" : time(last.at()));
            } else {
                Messages.error("workflow." + e.code());
            }
        } catch (AccessRefusedException | jakarta.ejb.EJBAccessException e) {
            Messages.error("report.refused");
        }
    }
}
