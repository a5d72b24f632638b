-- Nguồn schema, version 8: deliveries that an online device has not acknowledged are sent again
-- (same delivery id: the device plays it at most once); when, and how often.

ALTER TABLE delivery
    ADD COLUMN sent_at  TIMESTAMPTZ,
    ADD COLUMN attempts INT NOT NULL DEFAULT 1;
CREATE INDEX delivery_unacknowledged_idx ON delivery (created_at) WHERE state = 'QUEUED';
