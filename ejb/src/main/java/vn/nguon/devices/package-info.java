/**
 * Devices of grassroots information work — IP loudspeaker clusters, e-bulletin boards, FM
 * stations — registered by commune, with the credentials they use to connect to the broker
 * (see {@code docs/device-protocol.md}). A commune operates only its own devices; a province and
 * the ministry everything below them.
 */
package vn.nguon.devices;
