package vn.nguon.notification.infrastructure;

import vn.nguon.shared.Jsons;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import vn.nguon.notification.domain.Notification;

import java.io.StringReader;

/** The wire format of a notification on the JMS queue: a small JSON object with a version. */
public final class NotificationJson {

    static final int VERSION = 1;

    private NotificationJson() {
    }

    public static String write(Notification n) {
        JsonObjectBuilder b = Jsons.PROVIDER.createObjectBuilder()
                .add("v", VERSION)
                .add("key", n.key())
                .add("unit", n.unitCode())
                .add("subject", n.subject())
                .add("body", n.body());
        if (n.link() != null) {
            b.add("link", n.link());
        }
        return b.build().toString();
    }

    /** @throws IllegalArgumentException when the text is not a notification of a known version */
    public static Notification read(String text) {
        try {
            JsonObject o = Jsons.PROVIDER.createReader(new StringReader(text)).readObject();
            if (o.getInt("v", -1) != VERSION) {
                throw new IllegalArgumentException("unsupported notification version: " + o.get("v"));
            }
            JsonValue link = o.get("link");
            return new Notification(o.getString("key"), o.getString("unit"), o.getString("subject"),
                    o.getString("body"), link instanceof JsonString s ? s.getString() : null);
        } catch (JsonException | NullPointerException | ClassCastException e) {
            throw new IllegalArgumentException("malformed notification: " + e.getMessage(), e);
        }
    }
}
