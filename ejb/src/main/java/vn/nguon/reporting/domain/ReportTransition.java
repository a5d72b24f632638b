package vn.nguon.reporting.domain;

/** What a workflow verb did, for the audit trail and the notifications. */
public record ReportTransition(String action, ReportStatus from, ReportStatus to, String comment) {
}
