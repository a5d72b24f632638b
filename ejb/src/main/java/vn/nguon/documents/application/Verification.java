package vn.nguon.documents.application;

import vn.nguon.documents.domain.SignedDocument;

import java.io.Serializable;
import java.time.Instant;

/**
 * The answer of the public verification page. {@code AUTHENTIC}: byte for byte a document Nguồn
 * issued, with which report (or, for a statement, its title), unit, number and signer. {@code ALTERED}: it carries a signature, but
 * the bytes are not what was signed or not what Nguồn issued. {@code UNSIGNED}, {@code UNKNOWN}
 * (validly signed, but not by Nguồn), {@code NOT_PDF}.
 */
public record Verification(Verdict verdict, Long documentId, Long reportId, int revision, String unitCode,
                           String documentNumber, String signerName, Instant signedAt, String sha256, String title)
        implements Serializable {

    public enum Verdict { AUTHENTIC, ALTERED, UNSIGNED, UNKNOWN, NOT_PDF }

    static Verification authentic(SignedDocument d) {
        return new Verification(Verdict.AUTHENTIC, d.id(), d.reportId(), d.revision(), d.unitCode(), d.documentNumber(),
                d.signerName(), d.signedAt(), d.sha256(), d.title());
    }

    static Verification altered() {
        return of(Verdict.ALTERED);
    }

    static Verification unsigned() {
        return of(Verdict.UNSIGNED);
    }

    static Verification unknown() {
        return of(Verdict.UNKNOWN);
    }

    static Verification notAPdf() {
        return of(Verdict.NOT_PDF);
    }

    private static Verification of(Verdict v) {
        return new Verification(v, null, null, 0, null, null, null, null, null, null);
    }
}
