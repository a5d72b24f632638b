package vn.nguon.shared.db.migration;

/** The first schema: hierarchy and inbox. */
public class V1__Schema extends SqlScriptMigration {
}
