package vn.nguon.broadcast.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nguon.broadcast.application.SpeechSynthesizer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Text-to-speech with espeak-ng (Debian package {@code espeak-ng}): Vietnamese only, the one
 * language of ours it has a voice for. The text goes in on stdin (never on a command line) and
 * the WAV comes back from a temporary file.
 */
@ApplicationScoped
public class EspeakSynthesizer implements SpeechSynthesizer {

    private static final Map<String, String> VOICES = Map.of("vi", "vi");

    @Inject
    @ConfigProperty(name = "nguon.tts.command", defaultValue = "espeak-ng")
    String command;

    @Override
    public boolean speaks(String language) {
        return VOICES.containsKey(language);
    }

    @Override
    public byte[] wav(String text, String language) {
        String voice = VOICES.get(language);
        if (voice == null) {
            throw new IllegalArgumentException("no voice for " + language);
        }
        Path out = null;
        try {
            out = Files.createTempFile("nguon-tts", ".wav");
            Process p = new ProcessBuilder(List.of(command, "-v", voice, "-s", "150", "--stdin", "-w", out.toString()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            try (OutputStream in = p.getOutputStream()) {
                in.write(text.getBytes(StandardCharsets.UTF_8));
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("espeak-ng took more than 60 s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("espeak-ng failed with exit code " + p.exitValue());
            }
            return Files.readAllBytes(out);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while synthesising speech", e);
        } finally {
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // a temporary file left behind
                }
            }
        }
    }
}
