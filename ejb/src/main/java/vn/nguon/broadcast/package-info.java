/**
 * Broadcasts: bulletins (bản tin) and emergency alerts, written and approved at any level,
 * scheduled, and dispatched through JMS to the devices of the communes they target, with one
 * delivery per device and slot whose outcome the devices acknowledge (the broadcast log).
 */
package vn.nguon.broadcast;
