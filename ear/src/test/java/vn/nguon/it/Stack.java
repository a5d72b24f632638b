package vn.nguon.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The tests' own stack (ear/target/it-stack), for the tests that start, stop and kill its servers themselves. */
public final class Stack {

    /** {@code wildfly-config/dev/nguon.sh}. */
    public static final Path SCRIPT = Path.of(System.getProperty("nguon.script", "../wildfly-config/dev/nguon.sh"));
    /** Its state directory: pids/, logs/, the servers' data. */
    public static final Path STATE = Path.of(System.getProperty("nguon.it.stack", "target/it-stack"));
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private Stack() {
    }

    /** Whether the WildFly whose management interface listens on {@code port} answers its readiness check with 200. */
    public static boolean ready(int port) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health/ready")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code nguon.sh COMMAND STATE ARGS…}, its output appended to {@code logs/<log>}; it must succeed within 15 minutes. */
    public static void script(String log, String command, String... args) throws Exception {
        List<String> line = new ArrayList<>(List.of("bash", SCRIPT.toString(), command, STATE.toString()));
        line.addAll(List.of(args));
        Files.createDirectories(STATE.resolve("logs"));
        Path output = STATE.resolve("logs/" + log);
        Process p = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        String what = "nguon.sh " + command + " " + String.join(" ", args);
        assertTrue(p.waitFor(900, TimeUnit.SECONDS), what + " in time");
        assertEquals(0, p.exitValue(), what + " (see " + output + ")");
    }
}
