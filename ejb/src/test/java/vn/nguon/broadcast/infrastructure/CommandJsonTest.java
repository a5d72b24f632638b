package vn.nguon.broadcast.infrastructure;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CommandJsonTest {

    static final Instant NOW = Instant.parse("2026-11-30T01:00:00Z");
    static final CommandJson.Slot SLOT = new CommandJson.Slot(UUID.fromString("9f6c0000-0000-4000-8000-000000000001"), 412, 2,
            "PRIORITY", "Thông báo tiêm chủng", "Trạm y tế xã tổ chức tiêm chủng…", null, "vi",
            Instant.parse("2026-11-30T04:00:00Z"), Instant.parse("2026-11-30T07:00:00Z"), 60);

    static JsonObject read(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void aSlotWithBoardContentIsADisplayWithItsTextAndPicture() {
        CommandJson.Slot display = new CommandJson.Slot(SLOT.deliveryId(), 412, 2, "NORMAL", "Rét đậm", "Hướng dẫn chống rét…", null, "vi",
                SLOT.notBefore(), SLOT.expiresAt(), null,
                new CommandJson.Board("Che chắn chuồng trại", "http://127.0.0.1:8080/nguon/files/31?exp=1&sig=x", "9c1f"));
        JsonObject o = read(CommandJson.play(display, NOW));
        assertEquals("DISPLAY", o.getString("type"));
        assertEquals("Hướng dẫn chống rét…", o.getString("text"), "the text stays for a board that shows it instead");
        JsonObject board = o.getJsonObject("board");
        assertEquals("Che chắn chuồng trại", board.getString("text"));
        assertEquals("http://127.0.0.1:8080/nguon/files/31?exp=1&sig=x", board.getString("imageUrl"));
        assertEquals("9c1f", board.getString("imageSha256"));
        JsonObject textOnly = read(CommandJson.play(new CommandJson.Slot(SLOT.deliveryId(), 412, 2, "NORMAL", "Rét đậm", "…", null, "vi",
                SLOT.notBefore(), SLOT.expiresAt(), null, new CommandJson.Board("Che chắn chuồng trại", null, null)), NOW));
        assertFalse(textOnly.getJsonObject("board").containsKey("imageUrl"));
        // in a synchronised schedule the slot carries its board too
        JsonObject sync = read(CommandJson.sync(List.of(display), java.util.Map.of(), NOW));
        assertEquals("Che chắn chuồng trại", sync.getJsonArray("slots").getJsonObject(0).getJsonObject("board").getString("text"));
        assertFalse(read(CommandJson.play(SLOT, NOW)).containsKey("board"), "a PLAY has no board");
    }

    @Test
    void aPlayCarriesEverythingTheDeviceNeeds() {
        JsonObject o = read(CommandJson.play(SLOT, NOW));
        assertEquals(1, o.getInt("v"));
        assertEquals("PLAY", o.getString("type"));
        assertEquals("9f6c0000-0000-4000-8000-000000000001", o.getString("deliveryId"));
        assertEquals(412, o.getInt("bulletinId"));
        assertEquals(2, o.getInt("revision"));
        assertEquals("2026-11-30T11:00+07:00", o.getString("notBefore"), "Vietnam time");
        assertEquals("2026-11-30T08:00+07:00", o.getString("sentAt"));
        assertEquals(60, o.getInt("volume"));
        assertFalse(o.containsKey("audioUrl"), "no audio: the device reads the text");
    }

    @Test
    void aTemplateWritesEachDeviceTheSamePlayButForItsId() {
        CommandJson.PlayTemplate template = new CommandJson.PlayTemplate(SLOT, NOW);
        for (int i = 0; i < 50; i++) {
            UUID id = UUID.randomUUID();
            assertEquals(CommandJson.play(SLOT.withDeliveryId(id), NOW), template.play(id));
        }
        // a text that happens to contain the template's placeholder id is left as written
        CommandJson.Slot tricky = new CommandJson.Slot(SLOT.deliveryId(), 1, 1, "NORMAL", "00000000-0000-0000-0000-000000000000",
                "mã 00000000-0000-0000-0000-000000000000", null, "vi", SLOT.notBefore(), SLOT.expiresAt(), null);
        UUID id = UUID.randomUUID();
        JsonObject o = read(new CommandJson.PlayTemplate(tricky, NOW).play(id));
        assertEquals(id.toString(), o.getString("deliveryId"));
        assertEquals("mã 00000000-0000-0000-0000-000000000000", o.getString("text"));
        assertEquals("00000000-0000-0000-0000-000000000000", o.getString("title"));
    }

    @Test
    void stopAndVolume() {
        JsonObject stop = read(CommandJson.stop(NOW));
        assertEquals("STOP", stop.getString("type"));
        assertFalse(stop.containsKey("deliveryId"));
        JsonObject volume = read(CommandJson.volume(35, NOW));
        assertEquals("SET_VOLUME", volume.getString("type"));
        assertEquals(35, volume.getInt("volume"));
        assertEquals(0, read(CommandJson.volume(0, NOW)).getInt("volume"));
        assertEquals(100, read(CommandJson.volume(100, NOW)).getInt("volume"));
        assertThrows(IllegalArgumentException.class, () -> CommandJson.volume(101, NOW));
        assertThrows(IllegalArgumentException.class, () -> CommandJson.volume(-1, NOW));
    }

    @Test
    void aSynchronisedScheduleListsTheSlotsAsPlaysSayThem() {
        JsonObject sync = read(CommandJson.sync(List.of(SLOT), java.util.Map.of(), NOW));
        assertEquals("SYNC_SCHEDULE", sync.getString("type"));
        JsonObject slot = sync.getJsonArray("slots").getJsonObject(0);
        JsonObject play = read(CommandJson.play(SLOT, NOW));
        for (String field : List.of("deliveryId", "bulletinId", "revision", "priority", "title", "text", "language", "notBefore",
                "expiresAt", "volume")) {
            assertEquals(play.get(field), slot.get(field), field);
        }
        assertEquals(0, sync.getJsonArray("cancelled").size());
        JsonObject dropping = read(CommandJson.sync(List.of(), java.util.Map.of(411L, 3), NOW));
        assertEquals(0, dropping.getJsonArray("slots").size());
        JsonObject cancelled = dropping.getJsonArray("cancelled").getJsonObject(0);
        assertEquals(411, cancelled.getInt("bulletinId"));
        assertEquals(3, cancelled.getInt("revision"), "drop the bulletin up to this revision, as a CANCEL says");
    }
}
