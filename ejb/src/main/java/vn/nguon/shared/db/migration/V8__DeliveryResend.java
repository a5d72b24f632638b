package vn.nguon.shared.db.migration;

/** Resending deliveries that online devices did not acknowledge. */
public class V8__DeliveryResend extends SqlScriptMigration {
}
