package vn.nguon.notification.domain;

import java.util.Objects;

/**
 * A message for a unit's inbox, as it travels through JMS.
 *
 * @param key     unique id of this notification; a redelivered message with the same key is
 *                stored only once
 * @param unitCode recipient unit
 * @param link    optional application path the inbox entry links to
 */
public record Notification(String key, String unitCode, String subject, String body, String link) {

    public Notification {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(unitCode, "unitCode");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (key.isBlank() || key.length() > 64) {
            throw new IllegalArgumentException("notification key must be 1..64 characters");
        }
        if (subject.isBlank() || subject.length() > 300) {
            throw new IllegalArgumentException("notification subject must be 1..300 characters");
        }
    }
}
