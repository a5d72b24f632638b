/**
 * The audit trail: who (user, role, unit) did what to which object, when, from which state to
 * which, with which comment. Rows are only ever inserted; the database refuses updates and
 * deletes.
 */
package vn.nguon.audit;
