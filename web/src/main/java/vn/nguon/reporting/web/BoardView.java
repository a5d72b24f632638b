package vn.nguon.reporting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.identity.web.CurrentUser;
import vn.nguon.reporting.application.AccessRefusedException;
import vn.nguon.reporting.application.ReportQueries;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The completeness board ({@code reporting/board.xhtml}): every lower unit, its report's state, revision, days late. */
@Named
@ViewScoped
public class BoardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ReportQueries queries;

    @Inject
    CurrentUser me;

    private long periodId;
    private String unitCode;
    private List<ReportQueries.BoardEntry> rows = List.of();

    public void load() {
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            periodId = Long.parseLong(p.getOrDefault("period", "0"));
            unitCode = p.getOrDefault("unit", me.getUnitCode());
            rows = queries.board(periodId, unitCode);
        } catch (NumberFormatException | AccessRefusedException e) {
            rows = List.of();
        }
    }

    public long getPeriodId() {
        return periodId;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public List<ReportQueries.BoardEntry> getRows() {
        return rows;
    }
}
