package vn.nguon.shared.db.migration;

/** When Nguồn recorded each delivery's latest outcome, by the server's clock. */
public class V11__DeliveryRecorded extends SqlScriptMigration {
}
