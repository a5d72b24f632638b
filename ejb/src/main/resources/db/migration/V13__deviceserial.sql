-- Nguồn schema, version 13: device serial numbers from a counter row instead of a sequence. A sequence
-- is not transactional: a device import that was refused or rolled back used up its numbers (one 150,000-
-- row import that timed out consumed ~15,600), and device ids are numbers people read and write down.
-- The row is updated in the registering transaction and rolls back with it.

CREATE TABLE device_serial (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    next_value BIGINT  NOT NULL
);
INSERT INTO device_serial (id, next_value)
SELECT 1, CASE WHEN is_called THEN last_value + 1 ELSE last_value END FROM device_serial_seq;
DROP SEQUENCE device_serial_seq;
