/**
 * Technical ground floor beside the {@link vn.nguon.kernel kernel}: JSON and time helpers, the
 * database migrations ({@code db}), after-commit hooks ({@code tx}) and the readiness checks
 * ({@code health}). It imports no feature (the migrations read the official unit list through
 * {@code org}, the ground floor's reference data).
 */
package vn.nguon.shared;
