package vn.nguon.feedback.domain;

/** URGENT: answered within the category's working hours (iHanoi: 4); NORMAL: within its working days (10). */
public enum FeedbackPriority {
    URGENT, NORMAL
}
