package vn.nguon.broadcast.infrastructure;

import vn.nguon.shared.Jsons;
import jakarta.json.JsonObjectBuilder;
import vn.nguon.broadcast.domain.Schedule;

import java.time.Instant;
import java.util.UUID;

/** The commands Nguồn sends a device (docs/device-protocol.md, version 1.1). */
public final class CommandJson {

    private CommandJson() {
    }

    /** What a PLAY (or a slot of a SYNC_SCHEDULE) says about one delivery. */
    public record Slot(UUID deliveryId, long bulletinId, int revision, String priority, String title, String text,
                       String audioUrl, String language, Instant notBefore, Instant expiresAt, Integer volume, Board board) {

        public Slot(UUID deliveryId, long bulletinId, int revision, String priority, String title, String text,
                    String audioUrl, String language, Instant notBefore, Instant expiresAt, Integer volume) {
            this(deliveryId, bulletinId, revision, priority, title, text, audioUrl, language, notBefore, expiresAt, volume, null);
        }

        /** The same slot for another delivery. */
        public Slot withDeliveryId(UUID id) {
            return new Slot(id, bulletinId, revision, priority, title, text, audioUrl, language, notBefore, expiresAt, volume, board);
        }
    }

    /**
     * What an e-board shows from {@code notBefore} until {@code expiresAt} (protocol 1.1): a short text and/or a
     * picture (signed link, with its SHA-256 so that a board fetches it once).
     */
    public record Board(String text, String imageUrl, String imageSha256) {
    }

    /**
     * A PLAY: text always (e-boards show it, loudspeakers without audio read it), audio when there is some; a
     * slot with board content is a DISPLAY (to e-boards only).
     */
    public static String play(Slot slot, Instant now) {
        JsonObjectBuilder b = common(slot.board() == null ? "PLAY" : "DISPLAY", now);
        fields(b, slot);
        return b.build().toString();
    }

    /**
     * The PLAY of one slot for many devices: serialised once, each delivery's id put in place. A
     * dispatch to 10,000 devices built and serialised 10,000 identical JSON objects but for the id.
     */
    public static final class PlayTemplate {

        private static final UUID PLACEHOLDER = new UUID(0, 0);
        private final String head;
        private final String tail;

        /** @param slot what every device is told; its delivery id is replaced for each */
        public PlayTemplate(Slot slot, Instant now) {
            String json = CommandJson.play(slot.withDeliveryId(PLACEHOLDER), now);
            // the id is written before any text of the bulletin, so its first occurrence is the id
            int at = json.indexOf(PLACEHOLDER.toString());
            head = json.substring(0, at);
            tail = json.substring(at + PLACEHOLDER.toString().length());
        }

        /** The same JSON as {@link CommandJson#play} with the slot carrying this delivery id. */
        public String play(UUID deliveryId) {
            return head + deliveryId + tail;
        }
    }

    /** A STOP: stop what is playing now. */
    public static String stop(Instant now) {
        return common("STOP", now).build().toString();
    }

    /** A SET_VOLUME, 0–100. */
    public static String volume(int volume, Instant now) {
        if (volume < 0 || volume > 100) {
            throw new IllegalArgumentException("a volume is 0–100, not " + volume);
        }
        return common("SET_VOLUME", now).add("volume", volume).build().toString();
    }

    /**
     * A SYNC_SCHEDULE: the slots the device should hold (it holds those it lacks; a delivery id it
     * has seen never plays twice) and the bulletins it should drop, each up to a revision (as a
     * CANCEL says).
     */
    public static String sync(java.util.List<Slot> slots, java.util.Map<Long, Integer> cancelled, Instant now) {
        jakarta.json.JsonArrayBuilder list = Jsons.PROVIDER.createArrayBuilder();
        for (Slot s : slots) {
            JsonObjectBuilder o = Jsons.PROVIDER.createObjectBuilder();
            fields(o, s);
            list.add(o);
        }
        jakarta.json.JsonArrayBuilder drop = Jsons.PROVIDER.createArrayBuilder();
        cancelled.forEach((bulletin, revision) -> drop.add(Jsons.PROVIDER.createObjectBuilder()
                .add("bulletinId", bulletin).add("revision", revision)));
        return common("SYNC_SCHEDULE", now).add("slots", list).add("cancelled", drop).build().toString();
    }

    private static void fields(JsonObjectBuilder b, Slot s) {
        b.add("deliveryId", s.deliveryId().toString()).add("bulletinId", s.bulletinId()).add("revision", s.revision())
                .add("priority", s.priority()).add("title", s.title()).add("text", s.text()).add("language", s.language())
                .add("notBefore", time(s.notBefore())).add("expiresAt", time(s.expiresAt()));
        if (s.audioUrl() != null) {
            b.add("audioUrl", s.audioUrl());
        }
        if (s.volume() != null) {
            b.add("volume", s.volume());
        }
        if (s.board() != null) {
            JsonObjectBuilder board = Jsons.PROVIDER.createObjectBuilder();
            if (s.board().text() != null) {
                board.add("text", s.board().text());
            }
            if (s.board().imageUrl() != null) {
                board.add("imageUrl", s.board().imageUrl()).add("imageSha256", s.board().imageSha256());
            }
            b.add("board", board);
        }
    }

    /** A CANCEL: drop every queued delivery of the bulletin with a revision up to {@code revision}. */
    public static String cancel(long bulletinId, int revision, Instant now) {
        return common("CANCEL", now).add("bulletinId", bulletinId).add("revision", revision).build().toString();
    }

    private static JsonObjectBuilder common(String type, Instant now) {
        return Jsons.PROVIDER.createObjectBuilder().add("v", 1).add("type", type).add("sentAt", time(now));
    }

    static String time(Instant t) {
        return t.atZone(Schedule.ZONE).toOffsetDateTime().toString();
    }
}
