package vn.nguon.broadcast.infrastructure;

import vn.nguon.shared.Jsons;
import jakarta.json.JsonObjectBuilder;
import vn.nguon.broadcast.domain.Schedule;

import java.time.Instant;
import java.util.UUID;

/** The commands Nguồn sends a device (docs/device-protocol.md, version 1). */
public final class CommandJson {

    private CommandJson() {
    }

    /** A PLAY: text always (e-boards show it, loudspeakers without audio read it), audio when there is some. */
    public static String play(UUID deliveryId, long bulletinId, int revision, String priority, String title, String text,
                              String audioUrl, String language, Instant notBefore, Instant expiresAt, Integer volume, Instant now) {
        JsonObjectBuilder b = common("PLAY", deliveryId.toString(), now)
                .add("bulletinId", bulletinId).add("revision", revision).add("priority", priority)
                .add("title", title).add("text", text).add("language", language)
                .add("notBefore", time(notBefore)).add("expiresAt", time(expiresAt));
        if (audioUrl != null) {
            b.add("audioUrl", audioUrl);
        }
        if (volume != null) {
            b.add("volume", volume);
        }
        return b.build().toString();
    }

    /** A CANCEL: drop every queued delivery of the bulletin with a revision up to {@code revision}. */
    public static String cancel(long bulletinId, int revision, Instant now) {
        return common("CANCEL", null, now).add("bulletinId", bulletinId).add("revision", revision).build().toString();
    }

    private static JsonObjectBuilder common(String type, String deliveryId, Instant now) {
        JsonObjectBuilder b = Jsons.PROVIDER.createObjectBuilder().add("v", 1).add("type", type);
        if (deliveryId != null) {
            b.add("deliveryId", deliveryId);
        }
        return b.add("sentAt", time(now));
    }

    static String time(Instant t) {
        return t.atZone(Schedule.ZONE).toOffsetDateTime().toString();
    }
}
