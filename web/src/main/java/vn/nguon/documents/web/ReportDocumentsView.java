package vn.nguon.documents.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.documents.application.DocumentQueries;
import vn.nguon.reporting.application.ReportView;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The signed documents of a report, for the report page ({@code reporting/report.xhtml}) which
 * lists them and links each from its timeline's sign step. Request-scoped, read once per request
 * and state of the report: a table iterates its rows while the request is decoded, before the
 * request's action, so a signature made in this request (which moves the report to SIGNED) is read
 * again for the answer.
 */
@Named
@RequestScoped
public class ReportDocumentsView {

    @Inject
    DocumentQueries queries;

    private final Map<String, List<DocumentQueries.DocumentEntry>> byReport = new HashMap<>();

    /** The signed documents of the report as it stands, newest first. */
    public List<DocumentQueries.DocumentEntry> of(ReportView report) {
        return byReport.computeIfAbsent(report.id() + "/" + report.revision() + "/" + report.status(),
                k -> queries.ofReport(report.id()));
    }

    /** The document signed at a timeline entry's moment (the sign step), or null. */
    public DocumentQueries.DocumentEntry signedAt(ReportView report, Instant at) {
        return of(report).stream().filter(d -> d.signedAt().equals(at)).findFirst().orElse(null);
    }
}
