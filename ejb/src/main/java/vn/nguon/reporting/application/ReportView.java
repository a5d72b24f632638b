package vn.nguon.reporting.application;

import vn.nguon.reporting.domain.Report;
import vn.nguon.reporting.domain.ReportStatus;

import java.io.Serializable;
import java.util.Map;

/** A report as the UI and the API show it; {@code version} is what a save must send back. */
public record ReportView(long id, long periodId, String periodName, String templateId, String unitCode,
                         String unitName, ReportStatus status, int revision, long version, String documentNumber,
                         String returnReason, Map<String, String> values) implements Serializable {

    static ReportView of(Report r, String unitName) {
        return new ReportView(r.id(), r.period().id(), r.period().name(), r.period().templateId(), r.unitCode(),
                unitName, r.status(), r.revision(), r.version(), r.documentNumber(), r.returnReason(), r.values());
    }
}
