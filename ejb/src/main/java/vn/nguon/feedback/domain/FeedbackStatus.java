package vn.nguon.feedback.domain;

/**
 * Where a feedback item stands. Open (a deadline runs): RECEIVED, TRANSFERRED (to another unit, which takes it
 * as received), ACCEPTED (assigned), IN_PROGRESS, REOPENED (the citizen was not satisfied). Done: ANSWERED (the
 * answer published, waiting for the citizen's rating), CLOSED, REJECTED (not responsible, spam, duplicate).
 */
public enum FeedbackStatus {
    RECEIVED, ACCEPTED, IN_PROGRESS, ANSWERED, CLOSED, TRANSFERRED, REJECTED, REOPENED;

    /** Whether its deadline runs (it waits for the unit). */
    public boolean open() {
        return this != ANSWERED && this != CLOSED && this != REJECTED;
    }

    /** Open311's two states: open or closed. */
    public String open311() {
        return this == CLOSED || this == REJECTED ? "closed" : "open";
    }
}
