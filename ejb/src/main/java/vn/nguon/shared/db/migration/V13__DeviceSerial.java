package vn.nguon.shared.db.migration;

/** Device serial numbers from a counter row that rolls back with its transaction, instead of a sequence. */
public class V13__DeviceSerial extends SqlScriptMigration {
}
