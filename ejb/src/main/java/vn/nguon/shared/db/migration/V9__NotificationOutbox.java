package vn.nguon.shared.db.migration;

/** The notifications' transactional outbox. */
public class V9__NotificationOutbox extends SqlScriptMigration {
}
