-- Nguồn schema, version 6: what the devices report (status, heartbeats), for live monitoring.

ALTER TABLE device
    ADD COLUMN online       BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN mode         VARCHAR(12) CHECK (mode IN ('IP', 'FM_FALLBACK')),
    ADD COLUMN last_seen_at TIMESTAMPTZ,
    ADD COLUMN firmware     VARCHAR(40),
    ADD COLUMN volume       INT,
    ADD COLUMN power        VARCHAR(10),
    ADD COLUMN signal_dbm   INT,
    ADD COLUMN queue_length INT,
    ADD COLUMN playing      VARCHAR(80),
    ADD COLUMN status_at    TIMESTAMPTZ;
