package vn.nguon.feedback.application;

import vn.nguon.shared.files.FileInfo;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A feedback item as the units handling it (and above) see it: the citizen's personal data only for the handling
 * unit and the units above it ({@code citizen} null otherwise), its files, full history, internal notes, the answer
 * drafted and published, and what the caller may do.
 */
public record FeedbackView(long id, String code, String title, String text, String category, String categoryName, String commune,
                           String communeName, String handlingUnit, String handlingName, String status, String priority,
                           String channel, Double latitude, Double longitude, Citizen citizen, boolean anonymous,
                           Instant receivedAt, Instant dueAt, boolean overdue, Instant escalatedAt, String assignee,
                           String answerDraft, String draftedBy, String answerPublic, String answeredBy, Instant answeredAt,
                           String rating, String ratingComment, int reopenCount, String rejectKind, String rejectReason,
                           String mergedIntoCode, List<String> duplicateCodes, String transferReason, String transferredFromName,
                           List<Attachment> files, List<Step> history, List<Note> notes, Set<FeedbackAction> actions,
                           long version) implements Serializable {

    public record Citizen(String name, String phone, String email) implements Serializable {
    }

    public record Attachment(FileInfo file, String link) implements Serializable {
    }

    public record Step(Instant at, String action, String from, String to, String unitName, String by, String detail)
            implements Serializable {
    }

    public record Note(Instant at, String by, String unitName, String text) implements Serializable {
    }

    public boolean may(FeedbackAction a) {
        return actions.contains(a);
    }
}
