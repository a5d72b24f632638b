package vn.nguon.broadcast.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** An audio file of a bulletin: uploaded (checked by {@link AudioCheck}) or synthesised from its text. */
@Entity
@Table(name = "media")
public class Media {

    public enum Source { UPLOAD, TTS }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_unit", nullable = false, length = 16, updatable = false)
    private String ownerUnit;

    @Column(name = "content_type", nullable = false, length = 40, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    private long durationMs;

    @Column(nullable = false, length = 64, updatable = false)
    private String sha256;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private Source source;

    @Column(name = "file_name", length = 200, updatable = false)
    private String fileName;

    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false)
    private byte[] data;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Media() {
    }

    public Media(String ownerUnit, AudioCheck.Audio audio, Source source, String fileName, byte[] data, String by, Instant now) {
        this.ownerUnit = ownerUnit;
        this.contentType = audio.contentType();
        this.durationMs = audio.durationMs();
        this.size = data.length;
        this.sha256 = audio.sha256();
        this.source = source;
        this.fileName = fileName;
        this.data = data;
        this.createdBy = by;
        this.createdAt = now;
    }

    public Long id() { return id; }
    public String ownerUnit() { return ownerUnit; }
    public String contentType() { return contentType; }
    public long size() { return size; }
    public long durationMs() { return durationMs; }
    public String sha256() { return sha256; }
    public Source source() { return source; }
    public String fileName() { return fileName; }
    public byte[] data() { return data; }
    public Instant createdAt() { return createdAt; }
}
