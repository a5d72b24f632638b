package vn.nguon.reporting.application;

/** A step a caller may take on a report now; {@link ReportView#actions()} lists them for the UI and the API. */
public enum ReportAction {
    EDIT, SIGN, SUBMIT, ACCEPT, RETURN, UNACCEPT
}
