package vn.nguon.shared.db.migration;

/** Reporting: periods, reports, submissions, document numbers, audit trail. */
public class V3__Reporting extends SqlScriptMigration {
}
