package vn.nguon.feedback.application;

/** What a caller may do with a feedback item (the page shows the buttons for these). */
public enum FeedbackAction {
    ACCEPT, START, DRAFT, APPROVE, TRANSFER, REJECT, CLOSE, NOTE
}
