package vn.nguon.web.rest;

import org.junit.jupiter.api.Test;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class JsonBodiesTest {

    record Version(String language, String text, Long mediaId, List<String> playsIn) {
    }

    record Command(String type, Integer volume) {
    }

    record Body(String title, Integer volume, List<Version> versions, Boolean urgent, LocalDate day,
                BigDecimal latitude, Map<String, String> values) {
    }

    record Flag(boolean on) {
    }

    private static Object read(String json, Type type) {
        return JsonBodies.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), type);
    }

    private static List<Violation> invalid(String json, Type type) {
        return assertThrows(ValidationFailedException.class, () -> read(json, type)).violations();
    }

    private static Violation unreadable(String json, int status) {
        JsonBodies.UnreadableBodyException e = assertThrows(JsonBodies.UnreadableBodyException.class, () -> read(json, Body.class));
        assertEquals(status, e.status());
        return e.violation();
    }

    @Test
    void readsAWellFormedBodyIntoItsRecord() {
        Body b = (Body) read("""
                {"title":"Phòng chống bão","volume":50,"versions":[{"language":"vi","text":"x","mediaId":7,"playsIn":["a"]}],
                 "urgent":true,"day":"2026-12-31","latitude":22.39,"values":{"a":"1"}}""", Body.class);
        assertEquals("Phòng chống bão", b.title());
        assertEquals(50, b.volume());
        assertEquals(7L, b.versions().get(0).mediaId());
        assertEquals(List.of("a"), b.versions().get(0).playsIn());
        assertEquals(LocalDate.of(2026, 12, 31), b.day());
        assertEquals(new BigDecimal("22.39"), b.latitude());
        assertEquals(Map.of("a", "1"), b.values());
        assertNull(read("   ", Body.class), "no body at all is the resource's to refuse");
    }

    @Test
    void numbersThatDoNotFitAreRefusedAsTypedNeverWrapped() {
        assertEquals(List.of(Violation.of("volume", "json.outOfRange", Integer.MIN_VALUE, Integer.MAX_VALUE)),
                invalid("{\"type\":\"SET_VOLUME\",\"volume\":4294967336}", Command.class));
        assertEquals("json.outOfRange", invalid("{\"volume\":3000000000}", Command.class).get(0).code());
        assertEquals(Violation.NOT_INTEGER, invalid("{\"volume\":50.5}", Command.class).get(0).code());
        assertEquals(Violation.NOT_INTEGER, invalid("{\"volume\":\"50\"}", Command.class).get(0).code());
        assertEquals("json.outOfRange", invalid("{\"versions\":[{\"mediaId\":1e30}]}", Body.class).get(0).code());
        assertEquals("versions[0].mediaId", invalid("{\"versions\":[{\"mediaId\":1e30}]}", Body.class).get(0).field());
        assertEquals(50, ((Command) read("{\"volume\":5e1}", Command.class)).volume(), "5e1 is fifty exactly");
    }

    @Test
    void textIsNotTakenFromNumbersNorNumbersFromText() {
        assertEquals(List.of(Violation.of("title", "json.notText")), invalid("{\"title\":123}", Body.class));
        assertEquals(List.of(Violation.of("latitude", Violation.NOT_A_NUMBER)), invalid("{\"latitude\":\"north\"}", Body.class));
        assertEquals(List.of(Violation.of("urgent", "json.notBoolean")), invalid("{\"urgent\":\"yes\"}", Body.class));
        assertEquals(List.of(Violation.of("day", "json.notIsoDate")), invalid("{\"day\":\"31/12/2026\"}", Body.class));
        assertEquals(List.of(Violation.of("on", Violation.REQUIRED)), invalid("{\"on\":null}", Flag.class));
    }

    @Test
    void everyWrongFieldIsNamedInOneAnswer() {
        List<Violation> v = invalid("{\"versions\":\"abc\",\"volume\":\"loud\",\"colour\":1,\"values\":[1,2]}", Body.class);
        assertEquals(List.of(Violation.of("colour", "json.unknownField"), Violation.of("volume", Violation.NOT_INTEGER),
                Violation.of("versions", "json.notList"), Violation.of("values", "json.notObject")), v);
        assertEquals(List.of(Violation.of("$", "json.notObject")), invalid("[1,2]", Body.class));
        assertEquals(List.of(Violation.of("versions[1].text", "json.notText")),
                invalid("{\"versions\":[{\"text\":\"a\"},{\"text\":{}}]}", Body.class));
    }

    @Test
    void unreadableBodiesSayWhereReadingStopped() {
        Violation truncated = unreadable("{\"kind\":", 400);
        assertEquals("kind", truncated.field());
        assertEquals("json.malformed", truncated.code());
        assertEquals("versions[1]", unreadable("{\"versions\":[{},", 400).field());
        assertEquals("latitude", unreadable("{\"latitude\":NaN}", 400).field());
        assertEquals("$", unreadable("{", 400).field());
        assertEquals(Violation.of("title", "json.duplicateKey"), unreadable("{\"title\":\"a\",\"title\":\"b\"}", 400));
        Violation deep = unreadable("[".repeat(5000), 400);
        assertEquals("json.tooDeep", deep.code());
        assertEquals("[0]".repeat(JsonBodies.MAX_DEPTH), deep.field());
        assertEquals("json.tooLarge", unreadable("{\"title\":\"" + "a".repeat(JsonBodies.MAX_BYTES) + "\"}", 413).code());
        assertEquals("json.notUtf8", JsonBodiesTest.<JsonBodies.UnreadableBodyException>raw(new byte[]{'{', '"', 't', '"', ':', '"', (byte) 0xC3, '"', '}'}).violation().code());
    }

    @Test
    void longTextAndLongListsAreRefusedByName() {
        assertEquals(List.of(Violation.of("title", Violation.TOO_LONG, JsonBodies.MAX_STRING)),
                invalid("{\"title\":\"" + "ạ".repeat(JsonBodies.MAX_STRING + 1) + "\"}", Body.class));
        assertEquals("json.tooManyItems", unreadable("{\"versions\":[" + "{},".repeat(JsonBodies.MAX_ITEMS) + "{}]}", 400).code());
    }

    private static <E extends RuntimeException> E raw(byte[] body) {
        @SuppressWarnings("unchecked") E e = (E) assertThrows(JsonBodies.UnreadableBodyException.class,
                () -> JsonBodies.read(new ByteArrayInputStream(body), Body.class));
        return e;
    }
}
