-- Nguồn schema, version 20: what the dashboards read of the devices and the broadcast log, per commune and day
-- (Vietnam's calendar day), kept by the dashboards' roll-up job so that no page view scans the deliveries:
--   device_samples / online_samples: at each sample (every five minutes) the devices registered and those online,
--     added up — their ratio is the share of the day the commune's devices were online;
--   fm_seconds: time the commune's devices ran on FM fallback, from the periods they reported (device_fm_period);
--   broadcasts / air_seconds: bulletins played (a bulletin's slot with at least one loudspeaker or FM device that
--     acknowledged DONE) and their time on air (the longest play among the commune's devices in the slot);
--   relays / relay_seconds: the same, for bulletins relaying an item of the source library.
-- The broadcast and FM columns of today and yesterday are recomputed at each roll-up (set, not added), so a late
-- acknowledgement is counted; the samples are added.
CREATE TABLE activity_day (
    unit_code      VARCHAR(16) NOT NULL REFERENCES org_unit (code),
    day            DATE        NOT NULL,
    device_samples BIGINT      NOT NULL DEFAULT 0,
    online_samples BIGINT      NOT NULL DEFAULT 0,
    fm_seconds     BIGINT      NOT NULL DEFAULT 0,
    broadcasts     INT         NOT NULL DEFAULT 0,
    air_seconds    BIGINT      NOT NULL DEFAULT 0,
    relays         INT         NOT NULL DEFAULT 0,
    relay_seconds  BIGINT      NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_code, day),
    CHECK (online_samples <= device_samples)
);
CREATE INDEX activity_day_day ON activity_day (day);
-- the roll-up reads a day's deliveries by their slot
CREATE INDEX delivery_slot_idx ON delivery (slot_at);
CREATE INDEX device_fm_period_reported_idx ON device_fm_period (reported_at);

-- The same per commune and month (its first day), recomputed from the days by the roll-up for the months it touched:
-- a period's year reads twelve rows per commune and its partial months' days, not 365 days.
CREATE TABLE activity_month (
    unit_code      VARCHAR(16) NOT NULL REFERENCES org_unit (code),
    month          DATE        NOT NULL CHECK (extract(day from month) = 1),
    device_samples BIGINT      NOT NULL,
    online_samples BIGINT      NOT NULL,
    fm_seconds     BIGINT      NOT NULL,
    broadcasts     INT         NOT NULL,
    air_seconds    BIGINT      NOT NULL,
    relays         INT         NOT NULL,
    relay_seconds  BIGINT      NOT NULL,
    PRIMARY KEY (unit_code, month)
);
CREATE INDEX activity_month_month ON activity_month (month);
