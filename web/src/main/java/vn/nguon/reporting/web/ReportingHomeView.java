package vn.nguon.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.identity.web.CurrentUser;
import vn.nguon.reporting.application.ReportQueries;
import vn.nguon.reporting.application.ReportService;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.reporting.domain.ReportTemplate;
import vn.nguon.reporting.domain.ReportingPeriod;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.reporting.infrastructure.TemplateCatalog;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.nguon.web.Messages;

/**
 * The reporting periods ({@code reporting/index.xhtml}), with links to the unit's report and the
 * board; the ministry opens a period for a template (name, cut-off, due dates) and closes it.
 */
@Named
@ViewScoped
public class ReportingHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportQueries queries;

    @Inject
    ReportService service;

    @Inject
    TemplateCatalog templates;

    @Inject
    CurrentUser me;

    private List<ReportingPeriod> periods;

    // the "open a period" form
    private String name;
    private String templateId;
    private LocalDate cutoff;
    private LocalDate dueCommune;
    private LocalDate dueProvince;
    private LocalDate dueMinistry;

    @PostConstruct
    void load() {
        periods = queries.periods();
    }

    public List<ReportingPeriod> getPeriods() {
        return periods;
    }

    /** Only the ministry opens and closes periods (the service checks it again). */
    public boolean isManager() {
        return me.hasAny("ministry-officer ministry-leader");
    }

    public List<ReportTemplate> getTemplates() {
        return templates.all();
    }

    public String templateTitle(String id) {
        return templates.find(id).map(ReportTemplate::title).orElse(id);
    }

    public void openPeriod() {
        try {
            service.openPeriod(name, templateId, cutoff, dueCommune, dueProvince, dueMinistry);
            Messages.info("period.opened", name);
            name = null;
            templateId = null;
            cutoff = dueCommune = dueProvince = dueMinistry = null;
            load();
        } catch (ValidationFailedException e) {
            e.violations().forEach(v -> Messages.error("violation." + v.code()));
            Messages.failed();
        } catch (TransitionRefusedException e) {
            Messages.error("workflow." + e.code());
            Messages.failed();
        } catch (EJBAccessException e) {
            Messages.error("report.refused");
            Messages.failed();
        }
    }

    public void closePeriod(long periodId) {
        try {
            service.closePeriod(periodId);
            Messages.info("period.closed");
        } catch (TransitionRefusedException e) {
            Messages.error("workflow." + e.code());
        } catch (EJBAccessException e) {
            Messages.error("report.refused");
        }
        load();
    }

    public String getName() { return name; }

    public void setName(String name) { this.name = name; }

    public String getTemplateId() { return templateId; }

    public void setTemplateId(String templateId) { this.templateId = templateId; }

    public LocalDate getCutoff() { return cutoff; }

    public void setCutoff(LocalDate cutoff) { this.cutoff = cutoff; }

    public LocalDate getDueCommune() { return dueCommune; }

    public void setDueCommune(LocalDate dueCommune) { this.dueCommune = dueCommune; }

    public LocalDate getDueProvince() { return dueProvince; }

    public void setDueProvince(LocalDate dueProvince) { this.dueProvince = dueProvince; }

    public LocalDate getDueMinistry() { return dueMinistry; }

    public void setDueMinistry(LocalDate dueMinistry) { this.dueMinistry = dueMinistry; }
}
