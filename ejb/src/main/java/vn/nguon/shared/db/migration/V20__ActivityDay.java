package vn.nguon.shared.db.migration;

/** Dashboards: what the devices did per commune and day (availability samples, FM fallback, broadcasts), kept by the roll-up. */
public class V20__ActivityDay extends SqlScriptMigration {
}
