package vn.nguon.reporting.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.identity.web.CurrentUser;
import vn.nguon.org.application.OrgUnitQueries;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.web.RefusalPage;
import vn.nguon.reporting.application.ReportQueries;
import vn.nguon.kernel.TransitionRefusedException;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import vn.nguon.web.Messages;

/**
 * The completeness board ({@code reporting/board.xhtml}): every lower unit, its report's state,
 * revision, days late. The ministry's board lists the 34 provinces and drills into one of them
 * ({@code ?unit=}); the service refuses a unit outside the caller's.
 */
@Named
@ViewScoped
public class BoardView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReportQueries queries;

    @Inject
    OrgUnitQueries unitQueries;

    @Inject
    CurrentUser me;

    private long periodId;
    private String periodName;
    private String unitCode;
    private String unitName;
    private String level;
    private List<ReportQueries.BoardEntry> rows = List.of();

    public void load() {
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            periodId = Long.parseLong(p.getOrDefault("period", "0"));
            unitCode = p.getOrDefault("unit", me.getUnitCode());
            rows = queries.board(periodId, unitCode);
            periodName = queries.periods().stream().filter(x -> x.id() == periodId).map(x -> x.name()).findFirst().orElse("");
            var unit = unitQueries.unit(unitCode).orElseThrow();
            unitName = unit.fullName();
            level = unit.level().name();
        } catch (AccessRefusedException e) {
            RefusalPage.refused();
        } catch (NumberFormatException | TransitionRefusedException | java.util.NoSuchElementException e) {
            RefusalPage.notFound();
        }
    }

    public long getPeriodId() {
        return periodId;
    }

    public String getPeriodName() {
        return periodName;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public String getUnitName() {
        return unitName;
    }

    /** The rows are provinces (the ministry's board): each links to its own board of communes. */
    public boolean isProvinces() {
        return "MINISTRY".equals(level);
    }

    /** Looking at a unit below the caller's own (the ministry inside a province). */
    public boolean isDrilled() {
        return unitCode != null && !unitCode.equals(me.getUnitCode());
    }

    /** "Đã tiếp nhận: 3 · Đã gửi: 5 · Chưa báo cáo: 90" in the viewer's language. */
    public String getSummary() {
        Map<String, Long> counts = rows.stream()
                .collect(Collectors.groupingBy(ReportQueries.BoardEntry::state, TreeMap::new, Collectors.counting()));
        long late = rows.stream().filter(r -> r.daysLate() > 0).count();
        String byState = counts.entrySet().stream()
                .map(e -> Messages.text("status." + e.getKey()) + ": " + e.getValue())
                .collect(Collectors.joining(" · "));
        return Messages.text("board.summary", rows.size(), late) + (byState.isEmpty() ? "" : " — " + byState);
    }

    public List<ReportQueries.BoardEntry> getRows() {
        return rows;
    }
}
