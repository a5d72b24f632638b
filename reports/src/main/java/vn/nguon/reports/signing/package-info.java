/**
 * PAdES signatures: {@link vn.nguon.reports.signing.PdfSigner} signs a rendered PDF with a unit's key (PKCS#12),
 * with a visible stamp in the signature block; {@link vn.nguon.reports.signing.SignatureVerifier} checks a PDF's
 * signatures cryptographically; {@link vn.nguon.reports.signing.DevCertificates} makes self-signed unit
 * certificates for development and tests.
 */
package vn.nguon.reports.signing;
