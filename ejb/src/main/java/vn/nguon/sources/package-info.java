/**
 * Source information (thông tin nguồn): the library of content the ministry and the provinces publish for
 * the units below them — written, approved, published, withdrawn, every revision kept — searched without
 * diacritics (PostgreSQL full-text search, {@code nguon_vi}), relayed by a commune as its own bulletin in one
 * step, and mandatory relays tracked to the last commune from the loudspeakers' own acknowledgements (see
 * {@code docs/features.md}, Source information). Imports broadcasting, never the other way round.
 */
package vn.nguon.sources;
