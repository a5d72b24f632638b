package vn.nguon.documents.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The signed official document of one report revision: the exact PDF bytes as signed (and the
 * XLSX of its annexes), with their SHA-256. Immutable: written once at signing, never updated
 * (a database trigger refuses it), always served as stored — never re-rendered.
 */
@Entity
@Table(name = "signed_document")
public class SignedDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signed_document_seq")
    @SequenceGenerator(name = "signed_document_seq", sequenceName = "signed_document_seq", allocationSize = 1)
    private Long id;

    @Column(name = "report_id", updatable = false)
    private Long reportId;

    /** What a document that is not a report's is (a unit's statement of its targets); null for a report's. */
    @Column(updatable = false, length = 300)
    private String title;

    @Column(nullable = false, updatable = false)
    private int revision;

    @Column(name = "unit_code", nullable = false, updatable = false, length = 16)
    private String unitCode;

    @Column(name = "document_number", nullable = false, updatable = false, length = 40)
    private String documentNumber;

    @Column(nullable = false, updatable = false, length = 100)
    private String signer;

    @Column(name = "signer_name", nullable = false, updatable = false, length = 200)
    private String signerName;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String sha256;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] pdf;

    @Basic(fetch = FetchType.LAZY)
    @Column(updatable = false)
    private byte[] xlsx;

    protected SignedDocument() {
    }

    public SignedDocument(long reportId, int revision, String unitCode, String documentNumber, String signer,
                          String signerName, Instant signedAt, byte[] pdf, byte[] xlsx) {
        this.reportId = reportId;
        this.revision = revision;
        this.unitCode = unitCode;
        this.documentNumber = documentNumber;
        this.signer = signer;
        this.signerName = signerName;
        this.signedAt = signedAt;
        this.pdf = pdf.clone();
        this.xlsx = xlsx == null ? null : xlsx.clone();
        this.sha256 = sha256(pdf);
    }

    /** A signed document that is not a report's: a unit's statement, with its title (revision 1). */
    public static SignedDocument statement(String title, String unitCode, String documentNumber, String signer, String signerName,
                                           Instant signedAt, byte[] pdf, byte[] xlsx) {
        SignedDocument d = new SignedDocument(0, 1, unitCode, documentNumber, signer, signerName, signedAt, pdf, xlsx);
        d.reportId = null;
        d.title = title;
        return d;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Long id() { return id; }

    /** The report it is the official form of, or null for a statement. */
    public Long reportId() { return reportId; }

    public String title() { return title; }

    public int revision() { return revision; }

    public String unitCode() { return unitCode; }

    public String documentNumber() { return documentNumber; }

    public String signer() { return signer; }

    public String signerName() { return signerName; }

    public Instant signedAt() { return signedAt; }

    public String sha256() { return sha256; }

    public byte[] pdf() { return pdf.clone(); }

    public byte[] xlsx() { return xlsx == null ? null : xlsx.clone(); }
}
