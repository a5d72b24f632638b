package vn.nguon.reports.document;

/**
 * A rendered PDF and where its signature stamp goes: the box reserved in the signature block,
 * on page {@code page} (0-based), in PDF user space (points, origin bottom-left).
 */
public record RenderedPdf(byte[] pdf, int page, float x, float y, float width, float height) {
}
