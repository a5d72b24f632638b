package vn.nguon.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The logs the whole integration run wrote (its own Failsafe execution, after the others): the
 * structured log is one JSON object a line, lines written while a request or a delivery was handled
 * carry its id, and no log holds a password, a token or a citizen's personal data that the tests typed.
 */
class LogHygieneCheck {

    static final Path WILDFLY_LOGS = Path.of(System.getProperty("jboss.home"), "standalone", "log");
    static final Path STACK_LOGS = Path.of(System.getProperty("nguon.it.stack"), "logs");

    /** What must never be in a log: the demo password as sent, tokens, and what the tests' citizens gave as theirs. */
    static final List<Pattern> FORBIDDEN = List.of(
            Pattern.compile("password[\"']?\\s*[=:]\\s*[\"']?demo\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}"),            // a JWT (access, refresh or ID token)
            Pattern.compile("Bearer\\s+[A-Za-z0-9._-]{10,}"),
            Pattern.compile("\"secret\"\\s*:\\s*\""),               // a device credential's answer
            Pattern.compile("0912 ?345 ?678|0987 ?654 ?321"),       // citizens' phone numbers (FeedbackIT, FeedbackUiIT)
            Pattern.compile("Lò Văn Minh|Lò Thị Hoa"));             // and names

    @Test
    void theStructuredLogIsOneJsonObjectALineWithItsRequestAndDeliveryIds() throws IOException {
        Path json = WILDFLY_LOGS.resolve("server.json.log");
        assertTrue(Files.exists(json), json + " (the integration run's WildFly logs JSON too)");
        List<String> lines = Files.readAllLines(json, StandardCharsets.UTF_8);
        assertTrue(lines.size() > 100, lines.size() + " lines");
        int withRequest = 0;
        int withDelivery = 0;
        for (String line : lines) {
            JsonObject o;
            try (JsonReader r = Json.createReader(new StringReader(line))) {
                o = r.readObject();
            }
            assertTrue(o.containsKey("timestamp") && o.containsKey("level") && o.containsKey("loggerName") && o.containsKey("message"), line);
            JsonObject mdc = o.containsKey("mdc") ? o.getJsonObject("mdc") : JsonObject.EMPTY_JSON_OBJECT;
            withRequest += mdc.containsKey("request.id") ? 1 : 0;
            withDelivery += mdc.containsKey("delivery.id") ? 1 : 0;
        }
        assertTrue(withRequest > 0, "no line carries a request id");
        assertTrue(withDelivery > 0, "no line carries a delivery id");
    }

    @Test
    void noLogHoldsAPasswordATokenOrACitizensPersonalData() throws IOException {
        List<Path> logs = new ArrayList<>();
        for (Path dir : List.of(WILDFLY_LOGS, STACK_LOGS)) {
            try (Stream<Path> s = Files.walk(dir)) {
                s.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().contains(".log")).forEach(logs::add);
            }
        }
        assertTrue(logs.size() >= 3, logs.toString());
        List<String> found = new ArrayList<>();
        for (Path log : logs) {
            try (Stream<String> lines = Files.lines(log, StandardCharsets.UTF_8)) {
                lines.forEach(line -> FORBIDDEN.stream().filter(p -> p.matcher(line).find()).findFirst()
                        .ifPresent(p -> found.add(log.getFileName() + ": " + p + ": " + line.substring(0, Math.min(300, line.length())))));
            } catch (java.io.UncheckedIOException e) {
                // a binary or non-UTF-8 file: read it as Latin-1, byte for byte
                for (String line : Files.readAllLines(log, StandardCharsets.ISO_8859_1)) {
                    FORBIDDEN.stream().filter(p -> p.matcher(line).find()).findFirst()
                            .ifPresent(p -> found.add(log.getFileName() + ": " + p));
                }
            }
        }
        assertEquals(List.of(), found.stream().limit(20).toList(), found.size() + " log lines hold what no log may hold");
    }
}
