package vn.nguon.identity.application;

import java.time.Instant;

/** A user started a session in the pages (fired once per session, after their unit was checked). */
public record SignedIn(String username, Instant at) {
}
