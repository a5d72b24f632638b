package vn.nguon.shared.db.migration;

/** Dashboards: a province's own (stricter) targets for its units, as the file it uploaded. */
public class V19__DashboardTargets extends SqlScriptMigration {
}
