package vn.nguon.broadcast.domain;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AudioCheckTest {

    private static final long MAX_BYTES = 30L * 1024 * 1024;
    private static final long MAX_MS = 30L * 60 * 1000;


    static byte[] wav(int rate, int millis) {
        int bytes = (int) (rate * 2L * millis / 1000);
        ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(36 + bytes).put("WAVE".getBytes(StandardCharsets.US_ASCII))
                .put("fmt ".getBytes(StandardCharsets.US_ASCII)).putInt(16).putShort((short) 1).putShort((short) 1)
                .putInt(rate).putInt(rate * 2).putShort((short) 2).putShort((short) 16)
                .put("data".getBytes(StandardCharsets.US_ASCII)).putInt(bytes);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(h.array());
        out.writeBytes(new byte[bytes]);
        return out.toByteArray();
    }

    /** CBR MPEG-1 layer III frames at 128 kbit/s, 44.1 kHz: 417 bytes and 26.12 ms each. */
    static byte[] mp3(int frames) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[]{'I', 'D', '3', 4, 0, 0, 0, 0, 0, 10});
        out.writeBytes(new byte[10]);
        for (int i = 0; i < frames; i++) {
            byte[] f = new byte[417];
            f[0] = (byte) 0xFF;
            f[1] = (byte) 0xFB;
            f[2] = (byte) 0x90;
            out.writeBytes(f);
        }
        return out.toByteArray();
    }

    static String refusal(byte[] data) {
        return assertThrows(AudioCheck.Refused.class, () -> AudioCheck.check(data, MAX_BYTES, MAX_MS)).violation().code();
    }

    @Test
    void wavAndMp3AreMeasured() {
        assertEquals(new AudioCheck.Audio("audio/wav", 2500, AudioCheck.sha256(wav(16000, 2500))), AudioCheck.check(wav(16000, 2500), MAX_BYTES, MAX_MS));
        AudioCheck.Audio mp3 = AudioCheck.check(mp3(100), MAX_BYTES, MAX_MS);
        assertEquals("audio/mpeg", mp3.contentType());
        assertEquals(2612, mp3.durationMs());
    }

    @Test
    void whatIsNotAudioOrOutOfBoundsIsRefused() {
        assertEquals("audioType", refusal("<html>not audio</html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals("required", refusal(new byte[0]));
        assertEquals("audioTooShort", refusal(wav(8000, 500)));
        assertEquals("audioTooLong", refusal(wav(1000, 31 * 60 * 1000)));
        assertEquals("audioTooBig", refusal(new byte[(int) MAX_BYTES + 1]));
        assertEquals("audioCorrupt", refusal(mp3(1)));
    }

    @Test
    void theDecodersLengthIsKeptWithinTheLimits() {
        AudioCheck.Audio headers = AudioCheck.check(wav(16000, 2500), MAX_BYTES, MAX_MS);
        assertEquals(2400, AudioCheck.decoded(headers, 2400, MAX_MS).durationMs());
        assertEquals("audioTooShort", assertThrows(AudioCheck.Refused.class, () -> AudioCheck.decoded(headers, 900, MAX_MS)).violation().code());
        assertEquals(java.util.List.of("2"), assertThrows(AudioCheck.Refused.class,
                () -> AudioCheck.decoded(headers, 121_000, 120_000)).violation().args(), "the limit in minutes");
        assertEquals(java.util.List.of("12"), AudioCheck.tooBig(12L * 1024 * 1024).violation().args(), "the limit in MB");
    }
}
