/**
 * Demo data for the dev stack: the top floor of the back end, the one package that may import
 * every feature (it writes reports, signed documents and audit events as the features would).
 * Off unless {@code NGUON_DEMO_DATA=true}; nothing imports it.
 */
package vn.nguon.demo;
