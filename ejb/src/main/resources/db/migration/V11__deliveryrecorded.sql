-- Nguồn schema, version 11: when Nguồn recorded a delivery's latest outcome, by the server's clock
-- (received_at, playing_at and ended_at are the device's own times, and devices' clocks drift).

ALTER TABLE delivery ADD COLUMN recorded_at TIMESTAMPTZ;
