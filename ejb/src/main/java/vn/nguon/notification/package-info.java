/**
 * Notifications to units ("your report was returned", "a new reporting period is open"). A
 * service publishes a notification inside its own transaction; it travels through a persistent
 * JMS queue and lands in the recipient unit's inbox only if that transaction commits.
 */
package vn.nguon.notification;
