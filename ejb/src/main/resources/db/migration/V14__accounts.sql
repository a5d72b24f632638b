-- Nguồn schema, version 14: the index of the accounts Keycloak holds (vn.nguon.users), for the user
-- administration screens: list, filter by unit subtree / role / enabled, search without diacritics, sort.
-- Keycloak is the source of truth; no password or anything of one is kept here.

CREATE TABLE account (
    id          VARCHAR(64)  PRIMARY KEY,
    username    VARCHAR(100) NOT NULL UNIQUE,
    first_name  VARCHAR(255),
    last_name   VARCHAR(255),
    email       VARCHAR(255),
    unit_code   VARCHAR(16)  NOT NULL,
    roles       VARCHAR(400) NOT NULL,
    enabled     BOOLEAN      NOT NULL,
    search_text VARCHAR(1200) NOT NULL,
    synced_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX account_unit ON account (unit_code);
CREATE INDEX account_username_pattern ON account (username varchar_pattern_ops);
