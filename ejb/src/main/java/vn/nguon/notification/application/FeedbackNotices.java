package vn.nguon.notification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.nguon.feedback.application.FeedbackEvents;

import java.util.List;

/**
 * Tells units of citizens' feedback: a new or transferred item reaches the handling unit's inbox, a drafted
 * answer its leaders, a reopened item (the citizen not satisfied) the unit again, and an overdue item the unit
 * above. Written to the outbox in the step's own transaction.
 */
@ApplicationScoped
public class FeedbackNotices {

    @Inject
    InboxService inbox;

    void arrived(@Observes FeedbackEvents.Arrived e) {
        inbox.send(Notices.of(e.unit(), e.transferred() ? "feedback.transferred" : "feedback.arrived", List.of(e.code(), e.title()),
                "/feedback/item.xhtml?id=" + e.id()));
    }

    void drafted(@Observes FeedbackEvents.AnswerDrafted e) {
        inbox.send(Notices.of(e.unit(), "feedback.drafted", List.of(e.code(), e.title()), "/feedback/item.xhtml?id=" + e.id()));
    }

    void reopened(@Observes FeedbackEvents.Reopened e) {
        inbox.send(Notices.of(e.unit(), "feedback.reopened", List.of(e.code(), e.title()), "/feedback/item.xhtml?id=" + e.id()));
    }

    void overdue(@Observes FeedbackEvents.Overdue e) {
        inbox.send(Notices.of(e.province(), "feedback.overdue", List.of(e.code(), e.title(), e.commune()), "/feedback/item.xhtml?id=" + e.id()));
    }
}
