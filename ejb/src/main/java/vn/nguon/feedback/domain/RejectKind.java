package vn.nguon.feedback.domain;

/** Why feedback is rejected: not the unit's matter (and no other unit's either), spam or abuse, a duplicate. */
public enum RejectKind {
    NOT_RESPONSIBLE, SPAM, DUPLICATE
}
