package vn.nguon.sources.domain;

/**
 * Where a commune stands on a mandatory relay: played enough (DONE); not yet, but an approved relay of its
 * own has slots left in the window (SCHEDULED); nothing enough yet and nothing scheduled (NOT_YET); the
 * window ended without enough plays (LATE).
 */
public enum RelayState {
    DONE, SCHEDULED, NOT_YET, LATE
}
