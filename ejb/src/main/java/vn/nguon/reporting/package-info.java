/**
 * Periodic reports with multi-level approval: templates (as data), reporting periods, each
 * unit's report with its workflow (draft, signed, submitted, accepted or returned), immutable
 * submissions, roll-ups of the lower units' accepted data, and the audit trail of every step.
 */
package vn.nguon.reporting;
