package vn.nguon.shared.db.migration;

/** Documents: signed documents that are not a report's (a unit's statement of its targets), with a title. */
public class V21__Statements extends SqlScriptMigration {
}
