-- Nguồn schema, version 7: bulletins and emergency alerts, their media, and one delivery per
-- target device per slot (the broadcast log, nhật ký phát thanh).

CREATE TABLE media (
    id           BIGSERIAL    PRIMARY KEY,
    owner_unit   VARCHAR(16)  NOT NULL REFERENCES org_unit (code),
    content_type VARCHAR(40)  NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    duration_ms  BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    source       VARCHAR(10)  NOT NULL CHECK (source IN ('UPLOAD', 'TTS')),
    file_name    VARCHAR(200),
    data         BYTEA        NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL
);

CREATE SEQUENCE bulletin_seq;
CREATE TABLE bulletin (
    id              BIGINT       PRIMARY KEY,
    owner_unit      VARCHAR(16)  NOT NULL REFERENCES org_unit (code),
    kind            VARCHAR(10)  NOT NULL CHECK (kind IN ('BULLETIN', 'ALERT')),
    title           VARCHAR(300) NOT NULL,
    category        VARCHAR(30)  NOT NULL,
    priority        VARCHAR(10)  NOT NULL CHECK (priority IN ('NORMAL', 'PRIORITY', 'EMERGENCY')),
    status          VARCHAR(10)  NOT NULL CHECK (status IN ('DRAFT', 'PENDING', 'APPROVED', 'REJECTED', 'CANCELLED')),
    revision        INT          NOT NULL,
    starts_at       TIMESTAMPTZ  NOT NULL,
    expires_at      TIMESTAMPTZ  NOT NULL,
    recurrence      VARCHAR(8)   NOT NULL CHECK (recurrence IN ('ONCE', 'DAILY', 'WEEKLY')),
    days_of_week    VARCHAR(40),
    slot_times      VARCHAR(200),
    repeat_until    DATE,
    volume          INT CHECK (volume BETWEEN 0 AND 100),
    next_slot_at    TIMESTAMPTZ,
    alert_event     VARCHAR(200),
    alert_severity  VARCHAR(10),
    alert_urgency   VARCHAR(10),
    alert_certainty VARCHAR(10),
    alert_area      VARCHAR(300),
    alert_instruction TEXT,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_by      VARCHAR(100),
    updated_at      TIMESTAMPTZ,
    decided_by      VARCHAR(100),
    decided_at      TIMESTAMPTZ,
    decision_reason TEXT,
    version         BIGINT       NOT NULL,
    CHECK (expires_at > starts_at)
);
CREATE INDEX bulletin_owner_idx ON bulletin (owner_unit, created_at DESC);
CREATE INDEX bulletin_due_idx ON bulletin (next_slot_at) WHERE status = 'APPROVED' AND next_slot_at IS NOT NULL;

CREATE TABLE bulletin_version (
    bulletin_id BIGINT       NOT NULL REFERENCES bulletin (id),
    language    VARCHAR(8)   NOT NULL,
    text        TEXT         NOT NULL,
    media_id    BIGINT REFERENCES media (id),
    plays_in    VARCHAR(400),
    PRIMARY KEY (bulletin_id, language)
);

CREATE TABLE bulletin_target (
    bulletin_id BIGINT      NOT NULL REFERENCES bulletin (id),
    kind        VARCHAR(8)  NOT NULL CHECK (kind IN ('UNIT', 'GROUP', 'DEVICE')),
    code        VARCHAR(60) NOT NULL,
    PRIMARY KEY (bulletin_id, kind, code)
);

CREATE TABLE delivery (
    id          UUID         PRIMARY KEY,
    bulletin_id BIGINT       NOT NULL REFERENCES bulletin (id),
    revision    INT          NOT NULL,
    device_id   VARCHAR(40)  NOT NULL REFERENCES device (id),
    unit_code   VARCHAR(16)  NOT NULL,
    slot_at     TIMESTAMPTZ  NOT NULL,
    expires_at  TIMESTAMPTZ  NOT NULL,
    priority    VARCHAR(10)  NOT NULL,
    language    VARCHAR(8)   NOT NULL,
    state       VARCHAR(10)  NOT NULL CHECK (state IN ('QUEUED', 'RECEIVED', 'PLAYING', 'DONE', 'FAILED', 'EXPIRED', 'CANCELLED')),
    reason      VARCHAR(200),
    created_at  TIMESTAMPTZ  NOT NULL,
    received_at TIMESTAMPTZ,
    playing_at  TIMESTAMPTZ,
    ended_at    TIMESTAMPTZ,
    UNIQUE (bulletin_id, revision, device_id, slot_at)
);
CREATE INDEX delivery_bulletin_idx ON delivery (bulletin_id, state);
CREATE INDEX delivery_unit_idx ON delivery (unit_code, slot_at DESC);
CREATE INDEX delivery_open_idx ON delivery (expires_at) WHERE state IN ('QUEUED', 'RECEIVED');
CREATE INDEX delivery_device_idx ON delivery (device_id, slot_at DESC);
