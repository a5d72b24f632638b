-- Nguồn schema, version 1: the administrative hierarchy and the units' inbox.

CREATE TABLE org_unit (
    code        VARCHAR(16)  PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    unit_type   VARCHAR(32)  NOT NULL,
    level       VARCHAR(16)  NOT NULL CHECK (level IN ('MINISTRY', 'PROVINCE', 'COMMUNE')),
    parent_code VARCHAR(16)  REFERENCES org_unit (code),
    CHECK ((level = 'MINISTRY') = (parent_code IS NULL))
);
CREATE INDEX org_unit_parent_idx ON org_unit (parent_code);

-- Notifications to a unit (e.g. "your report was returned"), delivered through JMS.
CREATE SEQUENCE inbox_message_seq INCREMENT BY 50;
CREATE TABLE inbox_message (
    id            BIGINT        PRIMARY KEY,
    unit_code     VARCHAR(16)   NOT NULL REFERENCES org_unit (code),
    message_key   VARCHAR(64)   NOT NULL UNIQUE,
    subject       VARCHAR(300)  NOT NULL,
    body          TEXT          NOT NULL,
    link          VARCHAR(500),
    created_at    TIMESTAMPTZ   NOT NULL,
    read_at       TIMESTAMPTZ
);
CREATE INDEX inbox_message_unit_idx ON inbox_message (unit_code, created_at DESC);
