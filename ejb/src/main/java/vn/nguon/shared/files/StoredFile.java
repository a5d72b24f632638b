package vn.nguon.shared.files;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An image or PDF document of a unit, as {@link FileCheck} let it in (images re-encoded). Never changed. */
@Entity
@Table(name = "stored_file")
public class StoredFile {

    public enum Kind { IMAGE, PDF }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_unit", nullable = false, length = 16, updatable = false)
    private String ownerUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Kind kind;

    @Column(name = "content_type", nullable = false, length = 40, updatable = false)
    private String contentType;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @Column(updatable = false)
    private Integer width;

    @Column(updatable = false)
    private Integer height;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] data;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected StoredFile() {
    }

    public StoredFile(String ownerUnit, FileCheck.Checked file, String by, Instant now) {
        this.ownerUnit = ownerUnit;
        this.kind = file.kind();
        this.contentType = file.contentType();
        this.fileName = file.fileName();
        this.size = file.data().length;
        this.sha256 = file.sha256();
        this.width = file.width();
        this.height = file.height();
        this.data = file.data();
        this.createdBy = by;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public String ownerUnit() { return ownerUnit; }
    public Kind kind() { return kind; }
    public String contentType() { return contentType; }
    public String fileName() { return fileName; }
    public long size() { return size; }
    public String sha256() { return sha256; }
    public Integer width() { return width; }
    public Integer height() { return height; }
    public byte[] data() { return data; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
