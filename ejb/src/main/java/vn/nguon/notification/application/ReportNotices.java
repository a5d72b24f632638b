package vn.nguon.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.nguon.reporting.application.ReportEvents;

import java.util.List;

/**
 * Tells units what reporting did that concerns them: the unit above gets a new report to review;
 * the unit gets its report accepted or returned (with the reason). The notices are written to the
 * outbox in the step's own transaction, so they exist exactly when the step committed.
 */
@ApplicationScoped
public class ReportNotices {

    @Inject
    InboxService inbox;

    void submitted(@Observes ReportEvents.Submitted e) {
        send(e.unit().parent().code(), "report.submitted", e.reportId(),
                List.of(e.unit().fullName(), e.periodName(), e.documentNumber()));
    }

    void accepted(@Observes ReportEvents.Accepted e) {
        send(e.unit().code(), "report.accepted", e.reportId(), List.of(e.periodName(), e.reviewerUnitName()));
    }

    void returned(@Observes ReportEvents.Returned e) {
        send(e.unit().code(), "report.returned", e.reportId(), List.of(e.reviewerUnitName(), e.periodName(), e.reason()));
    }

    private void send(String unitCode, String code, long reportId, List<String> args) {
        inbox.send(Notices.of(unitCode, code, args, "/reporting/report.xhtml?id=" + reportId));
    }
}
