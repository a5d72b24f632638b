package vn.nguon.reporting.application;

import vn.nguon.identity.application.Caller;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.reporting.domain.Report;
import vn.nguon.reporting.domain.ReportTemplate;

import java.time.Instant;

/**
 * What reporting tells the rest of Nguồn, as CDI events fired by {@link ReportService} inside the
 * step's transaction. Reporting imports none of the features that react: the documents feature
 * issues the official document when a report is signed, the notification feature writes notices
 * to inboxes. Observers are synchronous, so what they do commits or rolls back with the step (a
 * document that cannot be issued takes the signature and its number back with it).
 */
public final class ReportEvents {

    private ReportEvents() {
    }

    /** A leader signed the report: it has its number and now needs its official document. */
    public record Signed(Report report, ReportTemplate template, OrgUnit unit, Caller signer, Instant at) {
    }

    /** The report went up to {@code unit}'s parent for review. */
    public record Submitted(long reportId, OrgUnit unit, String periodName, String documentNumber) {
    }

    /** The unit above accepted the report. */
    public record Accepted(long reportId, OrgUnit unit, String periodName, String reviewerUnitName) {
    }

    /** The unit above returned the report with a reason. */
    public record Returned(long reportId, OrgUnit unit, String periodName, String reviewerUnitName, String reason) {
    }
}
