package vn.nguon.shared.db.migration;

/**
 * Files (images, PDF documents) in one store; a library item's attachments — language versions with their
 * text to read and audio, what e-boards show, documents; what an e-board shows of a bulletin; deliveries to
 * e-boards that show instead of playing.
 */
public class V17__Attachments extends SqlScriptMigration {
}
