package vn.nguon.shared.db.migration;

/** FM fallback periods reported by devices. */
public class V10__DeviceControl extends SqlScriptMigration {
}
