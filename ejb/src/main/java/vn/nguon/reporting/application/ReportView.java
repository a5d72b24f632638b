package vn.nguon.reporting.application;

import vn.nguon.identity.application.Caller;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.UnitLevel;
import vn.nguon.reporting.domain.PeriodStatus;
import vn.nguon.reporting.domain.Report;
import vn.nguon.reporting.domain.ReportStatus;

import java.io.Serializable;
import java.util.Map;
import java.util.Set;

/** A report as the UI and the API show it; {@code version} is what a save must send back. */
public record ReportView(long id, long periodId, String periodName, String templateId, String unitCode,
                         String unitName, UnitLevel unitLevel, ReportStatus status, int revision, long version, String documentNumber,
                         String returnReason, Map<String, String> values,
                         Set<ReportAction> actions) implements Serializable {

    public boolean may(String action) {
        return actions.contains(ReportAction.valueOf(action));
    }

    /** A province's or the ministry's report, compiled from the reports of the units below. */
    public boolean compiled() {
        return unitLevel != UnitLevel.COMMUNE;
    }

    /** What {@code caller} sees of the report, with the steps the caller may take now. */
    static ReportView of(Report r, OrgUnit unit, Caller caller) {
        return new ReportView(r.id(), r.period().id(), r.period().name(), r.period().templateId(), r.unitCode(),
                unit.fullName(), unit.level(), r.status(), r.revision(), r.version(), r.documentNumber(), r.returnReason(), r.values(),
                ReportAccess.allowed(caller, unit, r.status(), r.period().status() == PeriodStatus.OPEN));
    }
}
