package vn.nguon.broadcast.domain;

/** A one-off broadcast or a recurring slot of the commune's schedule (lịch phát thanh). */
public enum Recurrence { ONCE, DAILY, WEEKLY }
