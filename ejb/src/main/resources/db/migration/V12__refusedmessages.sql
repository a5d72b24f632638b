-- Nguồn schema, version 12: how many of a device's messages were refused (malformed, forged, unknown
-- delivery), when the last one was and why — counted for the operators' dead-letter page, so that a
-- device that floods the broker with bad messages is seen without reading the server log.

ALTER TABLE device ADD COLUMN refused_messages INTEGER NOT NULL DEFAULT 0;
ALTER TABLE device ADD COLUMN last_refused_at TIMESTAMPTZ;
ALTER TABLE device ADD COLUMN last_refusal VARCHAR(200);
