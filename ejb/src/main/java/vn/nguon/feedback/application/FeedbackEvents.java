package vn.nguon.feedback.application;

/** What feedback tells other features (CDI events in the step's own transaction; notification writes the inboxes). */
public final class FeedbackEvents {

    private FeedbackEvents() {
    }

    /** New feedback for {@code unit} (received, transferred to it, or recorded from another channel). */
    public record Arrived(String unit, long id, String code, String title, boolean transferred) {
    }

    /** An answer drafted at {@code unit} waits for its leader's approval. */
    public record AnswerDrafted(String unit, long id, String code, String title) {
    }

    /** The citizen was not satisfied: the item is open again at {@code unit}. */
    public record Reopened(String unit, long id, String code, String title) {
    }

    /** {@code commune}'s item passed its deadline: {@code province} is told. */
    public record Overdue(String province, String commune, long id, String code, String title) {
    }
}
