package vn.nguon.feedback.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.nguon.feedback.domain.FeedbackCategory;
import vn.nguon.feedback.domain.FeedbackPriority;
import vn.nguon.feedback.domain.FeedbackRepository;
import vn.nguon.feedback.domain.WorkingCalendar;

import java.time.Instant;

/** When feedback received now is due: its category's working hours (urgent) or working days, holidays as data. */
@ApplicationScoped
public class Deadlines {

    @Inject
    FeedbackRepository repository;

    public Instant due(String category, FeedbackPriority priority, Instant now) {
        FeedbackCategory c = repository.category(category).orElseThrow(() -> new IllegalArgumentException("no category " + category));
        WorkingCalendar calendar = new WorkingCalendar(repository.holidays());
        return priority == FeedbackPriority.URGENT ? calendar.afterWorkingHours(now, c.urgentHours())
                : calendar.afterWorkingDays(now, c.normalDays());
    }
}
