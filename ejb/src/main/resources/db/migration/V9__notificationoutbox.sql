-- Nguồn schema, version 9: notifications wait in a transactional outbox. The workflow writes
-- them in its own database transaction (no two-phase commit with the broker on every step);
-- NotificationRelay moves them to the nguon.notifications queue in batches and deletes them.

CREATE SEQUENCE notification_outbox_seq INCREMENT BY 50;
CREATE TABLE notification_outbox (
    id          BIGINT      PRIMARY KEY,
    payload     TEXT        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
