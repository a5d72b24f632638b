package vn.nguon.sources.application;

/** What a caller may do with a library item (the page shows these buttons, the API checks them). */
public enum SourceAction {
    EDIT, APPROVE, PUBLISH, WITHDRAW, RELAY,
    /** Set or change the item's mandatory relay. */
    REQUIRE
}
