package vn.nguon.broadcast.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nguon.broadcast.application.AudioDecoder;
import vn.nguon.broadcast.domain.AudioCheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * {@link AudioDecoder} with Debian's ffmpeg: the file is decoded to nothing ({@code -f null}) and what the
 * decoder reports is read — the decoded length from {@code -progress}, and its errors. A real recording
 * may have a damaged frame or a cut-off last one, so up to {@link #TOLERATED_ERRORS} decoder errors are
 * let through; a file of random frames gives one per frame.
 */
@ApplicationScoped
public class FfmpegAudioDecoder implements AudioDecoder {

    private static final Logger LOG = Logger.getLogger(FfmpegAudioDecoder.class.getName());
    static final int TOLERATED_ERRORS = 3;

    @Inject
    @ConfigProperty(name = "nguon.audio.ffmpeg", defaultValue = "ffmpeg")
    String command;

    @Override
    public long decodedMillis(byte[] data) {
        Path in = null;
        Path errors = null;
        try {
            in = Files.createTempFile("nguon-audio-", ".in");
            errors = Files.createTempFile("nguon-audio-", ".err");
            Files.write(in, data);
            Process p = new ProcessBuilder(List.of(command, "-hide_banner", "-nostdin", "-v", "error", "-i", in.toString(),
                    "-map", "0:a:0", "-f", "null", "-progress", "pipe:1", "-"))
                    .redirectError(errors.toFile()).start();
            String progress = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("ffmpeg did not finish decoding in 120 s");
            }
            long errorLines = Files.readAllLines(errors, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).count();
            long micros = progress.lines().filter(l -> l.startsWith("out_time_us=")).mapToLong(FfmpegAudioDecoder::micros)
                    .max().orElse(-1);
            if (p.exitValue() != 0 || errorLines > TOLERATED_ERRORS || micros <= 0) {
                LOG.fine(() -> "audio refused by the decoder: exit " + p.exitValue() + ", " + errorLines + " errors");
                throw AudioCheck.corrupt();
            }
            return micros / 1000;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run the audio decoder '" + command + "' (Debian package ffmpeg)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            delete(in);
            delete(errors);
        }
    }

    private static long micros(String line) {
        try {
            return Long.parseLong(line.substring("out_time_us=".length()).strip());
        } catch (NumberFormatException e) {
            return -1; // "N/A" before the first frame
        }
    }

    private static void delete(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                LOG.warning("cannot delete " + p + ": " + e.getMessage());
            }
        }
    }
}
