/**
 * Official documents: when a leader signs a report, its official document (NĐ 30/2020 layout) is
 * rendered, signed with the unit's certificate (PAdES) and stored once with its SHA-256; it is
 * always served as stored. Anyone can check an uploaded PDF against the store.
 */
package vn.nguon.documents;
