package vn.nguon.reporting.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.reporting.application.ReportQueries;
import vn.nguon.reporting.domain.ReportingPeriod;

import java.io.Serializable;
import java.util.List;

/** The reporting periods ({@code reporting/index.xhtml}), with links to the unit's report and the board. */
@Named
@ViewScoped
public class ReportingHomeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportQueries queries;

    private List<ReportingPeriod> periods;

    @PostConstruct
    void load() {
        periods = queries.periods();
    }

    public List<ReportingPeriod> getPeriods() {
        return periods;
    }
}
