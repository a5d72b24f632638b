package vn.nguon.shared.db.migration;

/** Official documents: the signed PDF (and XLSX annexes) of each signed report revision. */
public class V4__Documents extends SqlScriptMigration {
}
