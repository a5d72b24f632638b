package vn.nguon.broadcast.domain;

import vn.nguon.kernel.Violation;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Checks an uploaded audio file by its content, not its name: WAV (PCM) or MP3 (MPEG-1/2 layer
 * III), within the configured size, between {@link #MIN_MS} and the configured length. The length
 * is first read from the WAV header or by walking every MP3 frame; a real decoder then decodes the
 * file in full ({@link #decoded}), and its length is the one kept.
 */
public final class AudioCheck {

    public static final long MIN_MS = 1_000;

    /** A file that passed: its type and length. */
    public record Audio(String contentType, long durationMs, String sha256) {
    }

    /** A file that did not: the field is {@code audio}, the code says why. */
    public static final class Refused extends RuntimeException {
        private final Violation violation;

        Refused(Violation violation) {
            super(violation.code() + " " + violation.args());
            this.violation = violation;
        }

        public Violation violation() {
            return violation;
        }

        public List<Violation> violations() {
            return List.of(violation);
        }
    }

    private AudioCheck() {
    }

    /** What the headers say, within {@code maxBytes} and {@code maxMs}. */
    public static Audio check(byte[] data, long maxBytes, long maxMs) {
        if (data == null || data.length == 0) {
            throw refused(Violation.REQUIRED);
        }
        if (data.length > maxBytes) {
            throw tooBig(maxBytes);
        }
        Audio a;
        if (data.length >= 12 && ascii(data, 0, 4).equals("RIFF") && ascii(data, 8, 4).equals("WAVE")) {
            a = new Audio("audio/wav", wavDuration(data), sha256(data));
        } else if (looksLikeMp3(data)) {
            a = new Audio("audio/mpeg", mp3Duration(data), sha256(data));
        } else {
            throw refused("audioType");
        }
        if (a.durationMs() < MIN_MS) {
            throw refused("audioTooShort", MIN_MS / 1000);
        }
        if (a.durationMs() > maxMs) {
            throw refused("audioTooLong", maxMs / 60_000);
        }
        return a;
    }

    /** The file as the decoder found it: its decoded length, within {@link #MIN_MS} and {@code maxMs}. */
    public static Audio decoded(Audio headers, long decodedMs, long maxMs) {
        if (decodedMs < MIN_MS) {
            throw refused("audioTooShort", MIN_MS / 1000);
        }
        if (decodedMs > maxMs) {
            throw refused("audioTooLong", maxMs / 60_000);
        }
        return new Audio(headers.contentType(), decodedMs, headers.sha256());
    }

    /** A file larger than {@code maxBytes}: the refusal names the limit in MB. */
    public static Refused tooBig(long maxBytes) {
        return refused("audioTooBig", maxBytes / (1024 * 1024));
    }

    /** A file the decoder could not decode. */
    public static Refused corrupt() {
        return refused("audioCorrupt");
    }

    private static long wavDuration(byte[] d) {
        ByteBuffer b = ByteBuffer.wrap(d).order(ByteOrder.LITTLE_ENDIAN);
        int pos = 12;
        long byteRate = 0;
        int format = 0;
        while (pos + 8 <= d.length) {
            String id = ascii(d, pos, 4);
            long size = Integer.toUnsignedLong(b.getInt(pos + 4));
            if (id.equals("fmt ") && pos + 20 <= d.length) {
                format = Short.toUnsignedInt(b.getShort(pos + 8));
                byteRate = Integer.toUnsignedLong(b.getInt(pos + 16));
            } else if (id.equals("data")) {
                if ((format != 1 && format != 0xFFFE) || byteRate == 0) {
                    throw refused("audioType");
                }
                long available = Math.min(size, d.length - pos - 8L);
                return available * 1000 / byteRate;
            }
            pos += 8 + (int) Math.min(size + (size & 1), Integer.MAX_VALUE - pos - 8);
        }
        throw refused("audioCorrupt");
    }

    private static boolean looksLikeMp3(byte[] d) {
        int start = id3Length(d);
        return start + 4 <= d.length && frameLength(d, start) > 0;
    }

    private static int id3Length(byte[] d) {
        if (d.length >= 10 && ascii(d, 0, 3).equals("ID3")) {
            return 10 + ((d[6] & 0x7f) << 21 | (d[7] & 0x7f) << 14 | (d[8] & 0x7f) << 7 | (d[9] & 0x7f));
        }
        return 0;
    }

    private static final int[] BITRATE_V1 = {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 0};
    private static final int[] BITRATE_V2 = {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160, 0};
    private static final int[] RATE_V1 = {44100, 48000, 32000, 0};

    /** The length in bytes of the layer III frame at {@code p}, or -1 when there is none. */
    private static int frameLength(byte[] d, int p) {
        if (p + 4 > d.length || (d[p] & 0xff) != 0xff || (d[p + 1] & 0xe0) != 0xe0) {
            return -1;
        }
        int versionBits = (d[p + 1] >> 3) & 3; // 3 = MPEG-1, 2 = MPEG-2, 0 = MPEG-2.5
        int layer = (d[p + 1] >> 1) & 3;       // 1 = layer III
        int bitrateIndex = (d[p + 2] >> 4) & 0xf;
        int rateIndex = (d[p + 2] >> 2) & 3;
        int padding = (d[p + 2] >> 1) & 1;
        if (versionBits == 1 || layer != 1 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            return -1;
        }
        boolean v1 = versionBits == 3;
        int bitrate = (v1 ? BITRATE_V1 : BITRATE_V2)[bitrateIndex] * 1000;
        int rate = RATE_V1[rateIndex] / (v1 ? 1 : versionBits == 2 ? 2 : 4);
        return (v1 ? 144 : 72) * bitrate / rate + padding;
    }

    private static long mp3Duration(byte[] d) {
        int p = id3Length(d);
        long micros = 0;
        int frames = 0;
        while (p + 4 <= d.length) {
            int len = frameLength(d, p);
            if (len <= 0) {
                break;
            }
            boolean v1 = ((d[p + 1] >> 3) & 3) == 3;
            int versionBits = (d[p + 1] >> 3) & 3;
            int rate = RATE_V1[(d[p + 2] >> 2) & 3] / (v1 ? 1 : versionBits == 2 ? 2 : 4);
            micros += (v1 ? 1152L : 576L) * 1_000_000 / rate;
            frames++;
            p += len;
        }
        if (frames < 2) {
            throw refused("audioCorrupt");
        }
        return micros / 1000;
    }

    private static String ascii(byte[] d, int from, int n) {
        return from + n <= d.length ? new String(d, from, n, java.nio.charset.StandardCharsets.US_ASCII) : "";
    }

    private static Refused refused(String code, Object... args) {
        return new Refused(Violation.of("audio", code, args));
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
