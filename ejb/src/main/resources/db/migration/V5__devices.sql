-- Nguồn schema, version 5: the device registry (loudspeaker clusters, e-bulletin boards, FM stations).

CREATE SEQUENCE device_serial_seq;
CREATE TABLE device (
    id                    VARCHAR(40)  PRIMARY KEY,
    unit_code             VARCHAR(16)  NOT NULL REFERENCES org_unit (code),
    type                  VARCHAR(24)  NOT NULL CHECK (type IN ('LOUDSPEAKER_CLUSTER', 'EBOARD', 'FM_STATION')),
    name                  VARCHAR(200) NOT NULL,
    village               VARCHAR(200),
    latitude              NUMERIC(9, 6) CHECK (latitude BETWEEN 6 AND 24),
    longitude             NUMERIC(9, 6) CHECK (longitude BETWEEN 102 AND 118),
    transport             VARCHAR(16)  NOT NULL CHECK (transport IN ('CELLULAR', 'FIXED', 'FM_ONLY')),
    secret_hash           VARCHAR(200),
    credential_state      VARCHAR(10)  NOT NULL CHECK (credential_state IN ('NONE', 'ACTIVE', 'REVOKED')),
    credential_changed_at TIMESTAMPTZ,
    created_by            VARCHAR(100) NOT NULL,
    created_at            TIMESTAMPTZ  NOT NULL,
    version               BIGINT       NOT NULL
);
CREATE UNIQUE INDEX device_unit_name_idx ON device (unit_code, lower(name));
