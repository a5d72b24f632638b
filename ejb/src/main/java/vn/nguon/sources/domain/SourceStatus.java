package vn.nguon.sources.domain;

/**
 * The life of a library item: written (DRAFT), approved by a leader of the owner unit (APPROVED),
 * published to the units it targets (PUBLISHED), withdrawn with a reason (WITHDRAWN, for good).
 */
public enum SourceStatus {
    DRAFT, APPROVED, PUBLISHED, WITHDRAWN;

    /** An item can be edited until it is published; an edit of an approved item needs approval again. */
    public boolean editable() {
        return this == DRAFT || this == APPROVED;
    }
}
