package vn.nguon.shared.db.migration;

/** The index of Keycloak's accounts for the user administration screens. */
public class V14__Accounts extends SqlScriptMigration {
}
