package vn.nguon.notification.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonString;
import vn.nguon.notification.domain.Notification;
import vn.nguon.shared.Jsons;

import java.io.StringReader;
import java.util.List;
import java.util.UUID;

/**
 * Notices in the reader's language. A notice is stored as a message code (the subject, prefixed
 * {@value #PREFIX}) and its arguments (the body, a JSON array of strings); the web tier renders
 * both from its bundles ({@code notice.<code>.subject}, {@code notice.<code>.body}) in the language
 * of whoever reads the inbox, so no Vietnamese or English text is written by Java. Notifications
 * whose subject is not a code (sent as plain text) are shown as they are.
 */
public final class Notices {

    static final String PREFIX = "notice.";

    private Notices() {
    }

    /** A notice with a fresh key for {@code unitCode}'s inbox. */
    public static Notification of(String unitCode, String code, List<String> args, String link) {
        JsonArrayBuilder a = Jsons.PROVIDER.createArrayBuilder();
        args.forEach(x -> a.add(x == null ? "" : x));
        return new Notification(UUID.randomUUID().toString(), unitCode, PREFIX + code, a.build().toString(), link);
    }

    /** The notice's message code ({@code report.submitted}), or null when the subject is plain text. */
    static String code(String subject, String body) {
        return subject.startsWith(PREFIX) && args(body) != null ? subject.substring(PREFIX.length()) : null;
    }

    /** The notice's arguments, or null when the body is not a notice's. */
    static List<String> args(String body) {
        if (!body.startsWith("[")) {
            return null;
        }
        try {
            JsonArray a = Jsons.PROVIDER.createReader(new StringReader(body)).readArray();
            return a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        } catch (JsonException | ClassCastException e) {
            return null;
        }
    }
}
