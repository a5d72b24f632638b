package vn.nguon.shared.db.migration;

/** Source information: the content library, its fields, targets and revisions; a relayed bulletin's source. */
public class V16__Sources extends SqlScriptMigration {
}
