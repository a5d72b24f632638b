package vn.nguon.shared.db.migration;

/** The device registry. */
public class V5__Devices extends SqlScriptMigration {
}
