package vn.nguon.shared.db.migration;

/** Each account's last sign-in to the pages. */
public class V15__AccountSignIn extends SqlScriptMigration {
}
