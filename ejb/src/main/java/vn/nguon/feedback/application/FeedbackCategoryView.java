package vn.nguon.feedback.application;

import java.io.Serializable;

/** A category as offered: its code and its name in the reader's language. */
public record FeedbackCategoryView(String code, String name) implements Serializable {
}
