/**
 * Citizens' feedback (phản ánh, kiến nghị): received from the public portal, the API and by hand from other
 * channels; routed to the commune; processed against deadlines in working days and hours (holidays as data),
 * escalated to the province when overdue; answered with a leader's approval and published with personal data
 * redacted; rated by the citizen, reopened when not satisfied. The state machine is plain Java
 * ({@link vn.nguon.feedback.domain.Feedback}); the EJBs scope every read to the caller's unit.
 */
package vn.nguon.feedback;
