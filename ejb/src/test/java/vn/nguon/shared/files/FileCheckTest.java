package vn.nguon.shared.files;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Images and PDFs are judged by their content; images are written again without what they carried. */
class FileCheckTest {

    static final long MB = 1024 * 1024;

    static byte[] image(String format, int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < w; x += 7) {
            img.setRGB(x, x % h, 0xC0FFEE);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    /** A PNG chunk with its length and CRC. */
    static byte[] chunk(String type, byte[] data) {
        ByteBuffer b = ByteBuffer.allocate(12 + data.length);
        b.putInt(data.length).put(type.getBytes(StandardCharsets.US_ASCII)).put(data);
        CRC32 crc = new CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        b.putInt((int) crc.getValue());
        return b.array();
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    static boolean contains(byte[] data, String text) {
        return new String(data, StandardCharsets.ISO_8859_1).contains(text);
    }

    @Test
    void aPngLosesItsTextChunksAndKeepsItsPicture() throws IOException {
        byte[] png = image("png", 64, 48);
        // a tEXt chunk (where cameras and editors put comments and places) right after IHDR
        int afterHeader = 8 + 25;
        byte[] withText = concat(java.util.Arrays.copyOf(png, afterHeader),
                chunk("tEXt", "Comment\0GPS 22.39N 103.45E".getBytes(StandardCharsets.ISO_8859_1)),
                java.util.Arrays.copyOfRange(png, afterHeader, png.length));
        assertTrue(contains(withText, "GPS 22.39N"));
        FileCheck.Checked c = FileCheck.check(StoredFile.Kind.IMAGE, "C:\\Users\\cb\\Ảnh bão.PNG", withText, MB);
        assertEquals("image/png", c.contentType());
        assertEquals("Ảnh bão.png", c.fileName(), "the path is dropped, the extension follows the content");
        assertFalse(contains(c.data(), "GPS 22.39N"), "the comment is gone");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(c.data()));
        assertEquals(64, back.getWidth());
        assertEquals(0xC0FFEE, back.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(FileCheck.sha256(c.data()), c.sha256());
    }

    @Test
    void aJpegLosesItsExifAndALargePictureIsScaledDown() throws IOException {
        byte[] jpeg = image("jpeg", 4000, 1000);
        byte[] exif = "Exif\0\0GPSLatitude 21.03".getBytes(StandardCharsets.ISO_8859_1);
        byte[] app1 = concat(new byte[]{(byte) 0xFF, (byte) 0xE1, (byte) ((exif.length + 2) >> 8), (byte) (exif.length + 2)}, exif);
        byte[] withExif = concat(java.util.Arrays.copyOf(jpeg, 2), app1, java.util.Arrays.copyOfRange(jpeg, 2, jpeg.length));
        FileCheck.Checked c = FileCheck.check(StoredFile.Kind.IMAGE, "anh.jpeg", withExif, 10 * MB);
        assertEquals("image/jpeg", c.contentType());
        assertEquals("anh.jpg", c.fileName());
        assertFalse(contains(c.data(), "GPSLatitude"), "no Exif left");
        assertEquals(1920, c.width());
        assertEquals(480, c.height());
    }

    @Test
    void aPictureTooLargeToDecodeIsRefusedUnread() {
        byte[] ihdr = ByteBuffer.allocate(13).putInt(100_000).putInt(100_000).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0).array();
        byte[] bomb = concat(new byte[]{(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, chunk("IHDR", ihdr),
                chunk("IDAT", new byte[]{0x78, (byte) 0x9C, 3, 0, 0, 0, 0, 1}), chunk("IEND", new byte[0]));
        FileCheck.Refused r = assertThrows(FileCheck.Refused.class, () -> FileCheck.check(StoredFile.Kind.IMAGE, "x.png", bomb, MB));
        assertEquals("imageTooLarge", r.violations().get(0).code());
        assertEquals("file", r.violations().get(0).field());
    }

    @Test
    void whatIsNotAPictureOrIsBrokenIsNamed() throws IOException {
        assertEquals("notImage", code(StoredFile.Kind.IMAGE, "GIF89a....".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("notImage", code(StoredFile.Kind.IMAGE, "<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII)));
        byte[] png = image("png", 20, 20);
        assertEquals("fileCorrupt", code(StoredFile.Kind.IMAGE, java.util.Arrays.copyOf(png, 40)));
        assertEquals("fileEmpty", code(StoredFile.Kind.IMAGE, new byte[0]));
        assertEquals("fileTooBig", code(StoredFile.Kind.IMAGE, new byte[(int) MB + 1]));
    }

    @Test
    void aPdfIsCheckedByItsHeaderItsEndAndItsEncryption() {
        byte[] pdf = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        FileCheck.Checked c = FileCheck.check(StoredFile.Kind.PDF, "Nghi dinh 13-2023", pdf, MB);
        assertEquals("application/pdf", c.contentType());
        assertEquals("Nghi dinh 13-2023.pdf", c.fileName());
        assertEquals(pdf.length, c.data().length, "a PDF is kept as it is");
        assertEquals("notPdf", code(StoredFile.Kind.PDF, "<html>%PDF-1.7".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("fileCorrupt", code(StoredFile.Kind.PDF, "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("pdfEncrypted", code(StoredFile.Kind.PDF,
                "%PDF-1.7\ntrailer <</Root 1 0 R /Encrypt 5 0 R>>\n%%EOF".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("fileEmpty", code(StoredFile.Kind.PDF, null));
    }

    static String code(StoredFile.Kind kind, byte[] data) {
        return assertThrows(FileCheck.Refused.class, () -> FileCheck.check(kind, "f", data, MB)).violations().get(0).code();
    }
}
