package vn.nguon.shared.db.migration;

/** Device status and heartbeats for monitoring. */
public class V6__DeviceTelemetry extends SqlScriptMigration {
}
