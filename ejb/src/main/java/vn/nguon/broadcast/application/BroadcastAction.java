package vn.nguon.broadcast.application;

/** What a caller may do to a bulletin now (the UI shows the buttons the service would accept). */
public enum BroadcastAction { EDIT, SUBMIT, APPROVE, REJECT, CANCEL }
