package vn.nguon.feedback.application;

import java.io.Serializable;
import java.time.Instant;

/** A row of the feedback queue. */
public record FeedbackSummary(long id, String code, String title, String category, String communeName, String handlingName,
                              String status, String priority, String channel, Instant receivedAt, Instant dueAt, boolean overdue,
                              boolean escalated) implements Serializable {
}
