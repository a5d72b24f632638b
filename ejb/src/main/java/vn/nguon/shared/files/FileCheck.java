package vn.nguon.shared.files;

import vn.nguon.kernel.Violation;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;

/**
 * Checks an uploaded image or PDF by its content, never by its name or the type the client claims. An image
 * (PNG or JPEG) is measured before it is decoded (a decompression bomb is refused unread), decoded in full,
 * scaled down to at most {@link #MAX_SIDE} pixels and written again: what is stored carries none of the
 * original's metadata (camera, GPS position, comments). A PDF must start with its header and end with its
 * end-of-file marker, and not be encrypted.
 */
public final class FileCheck {

    /** Longest side kept for an image: a full-HD board shows no more. */
    public static final int MAX_SIDE = 1920;
    /** Largest image accepted for decoding, in pixels (≈ a 50-megapixel photograph). */
    public static final long MAX_PIXELS = 50_000_000L;
    public static final int MAX_NAME = 200;

    /** A file that passed: what to store. */
    public record Checked(StoredFile.Kind kind, String contentType, String fileName, byte[] data, String sha256,
                          Integer width, Integer height) {
    }

    /** A file that did not: the field is {@code file}, the code says why. */
    public static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Violation violation;

        Refused(String code, Object... args) {
            super(code);
            this.violation = Violation.of("file", code, args);
        }

        public List<Violation> violations() {
            return List.of(violation);
        }
    }

    private FileCheck() {
    }

    /** The refusal of a file over the limit (the API refuses it so before reading it). */
    public static Violation tooBig(long maxBytes) {
        return Violation.of("file", "fileTooBig", maxBytes / (1024 * 1024));
    }

    /** Checks {@code data} as a file of {@code kind} of at most {@code maxBytes}. */
    public static Checked check(StoredFile.Kind kind, String fileName, byte[] data, long maxBytes) {
        if (data == null || data.length == 0) {
            throw new Refused("fileEmpty");
        }
        if (data.length > maxBytes) {
            throw new Refused("fileTooBig", maxBytes / (1024 * 1024));
        }
        String name = name(fileName, kind);
        return switch (kind) {
            case PDF -> pdf(name, data);
            case IMAGE -> image(name, data);
        };
    }

    static Checked pdf(String name, byte[] data) {
        if (!startsWith(data, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            throw new Refused("notPdf");
        }
        String tail = new String(data, Math.max(0, data.length - 2048), Math.min(2048, data.length), StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            throw new Refused("fileCorrupt");
        }
        // an encrypted PDF names its /Encrypt dictionary in the trailer; readers could not open it without a password
        if (tail.contains("/Encrypt")) {
            throw new Refused("pdfEncrypted");
        }
        return new Checked(StoredFile.Kind.PDF, "application/pdf", name.endsWith(".pdf") ? name : name + ".pdf", data,
                sha256(data), null, null);
    }

    static Checked image(String name, byte[] data) {
        String format;
        if (startsWith(data, new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            format = "png";
        } else if (startsWith(data, new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            format = "jpeg";
        } else {
            throw new Refused("notImage");
        }
        BufferedImage image;
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(data))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext() || in == null) {
                throw new Refused("notImage");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true); // metadata is not even read
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w < 1 || h < 1 || w * h > MAX_PIXELS) {
                    throw new Refused("imageTooLarge", MAX_PIXELS / 1_000_000);
                }
                image = reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refused r) {
                throw r;
            }
            throw new Refused("fileCorrupt");
        }
        BufferedImage out = scaled(image, "png".equals(format));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(out, format, bytes)) {
                throw new Refused("notImage");
            }
        } catch (IOException e) {
            throw new Refused("fileCorrupt");
        }
        byte[] clean = bytes.toByteArray();
        String base = name.replaceAll("\\.[A-Za-z0-9]{1,5}$", "");
        return new Checked(StoredFile.Kind.IMAGE, "image/" + format, base + ("png".equals(format) ? ".png" : ".jpg"), clean,
                sha256(clean), out.getWidth(), out.getHeight());
    }

    /** The picture drawn again in plain RGB(A), at most {@link #MAX_SIDE} on its longer side. */
    private static BufferedImage scaled(BufferedImage in, boolean alpha) {
        double f = Math.min(1.0, (double) MAX_SIDE / Math.max(in.getWidth(), in.getHeight()));
        int w = Math.max(1, (int) Math.round(in.getWidth() * f));
        int h = Math.max(1, (int) Math.round(in.getHeight() * f));
        BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(in, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** The name without a path, control characters or more than {@link #MAX_NAME} characters. */
    static String name(String fileName, StoredFile.Kind kind) {
        String n = fileName == null ? "" : fileName.replaceAll(".*[\\\\/]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (n.isEmpty()) {
            n = kind == StoredFile.Kind.PDF ? "tai-lieu.pdf" : "hinh-anh";
        }
        return n.length() <= MAX_NAME ? n : n.substring(n.length() - MAX_NAME);
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        if (data.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (data[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
