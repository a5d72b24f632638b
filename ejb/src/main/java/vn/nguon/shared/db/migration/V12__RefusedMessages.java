package vn.nguon.shared.db.migration;

/** How many of each device's messages were refused, the last one when and why. */
public class V12__RefusedMessages extends SqlScriptMigration {
}
