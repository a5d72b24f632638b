-- Nguồn schema, version 10: the periods a device ran on FM fallback, as it reported them on
-- reconnection (a period reported twice is kept once: by device and start).

CREATE TABLE device_fm_period (
    device_id   VARCHAR(40) NOT NULL REFERENCES device (id),
    from_at     TIMESTAMPTZ NOT NULL,
    to_at       TIMESTAMPTZ NOT NULL,
    reported_at TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (device_id, from_at),
    CHECK (to_at > from_at)
);
CREATE INDEX device_fm_period_recent_idx ON device_fm_period (to_at);
