package vn.nguon.shared.db.migration;

/** Citizens' feedback: categories and holidays as data, the items, their history, internal notes and files. */
public class V18__Feedback extends SqlScriptMigration {
}
