package vn.nguon.shared.db.migration;

/** Bulletins, emergency alerts, media and deliveries. */
public class V7__Broadcasts extends SqlScriptMigration {
}
