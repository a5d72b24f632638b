package vn.nguon.sources.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.nguon.kernel.TransitionRefusedException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * An item of the source library (thông tin nguồn) of an owner unit — the ministry or a province. Its life:
 * written (DRAFT, each save a new {@link #revision}), approved by a leader of the owner unit, published to
 * the units it targets, withdrawn with a reason. An approved item edited again needs approval again; a
 * published one is withdrawn, not edited (what the communes relayed stays what it was).
 */
@Entity
@Table(name = "source_item")
public class SourceItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "owner_unit", nullable = false, length = 16, updatable = false)
    private String ownerUnit;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(nullable = false, columnDefinition = "text")
    private String body;

    @Column(name = "field_code", nullable = false, length = 30)
    private String field;

    @Column(nullable = false, length = 500)
    private String tags = "";

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    @Column(name = "whole_subtree", nullable = false)
    private boolean wholeSubtree;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "source_item_target", joinColumns = @JoinColumn(name = "item_id"))
    @Column(name = "unit_code", length = 16)
    private Set<String> targets = new TreeSet<>();

    @Column(nullable = false, length = 100)
    private String languages;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "source_item_version", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    private List<SourceVersion> versions = new ArrayList<>();

    @Column(name = "board_text", length = 500)
    private String boardText;

    @Column(name = "board_image_id")
    private Long boardImageId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "source_item_document", joinColumns = @JoinColumn(name = "item_id"))
    @OrderColumn(name = "position")
    @Column(name = "file_id", nullable = false)
    private List<Long> documents = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SourceStatus status = SourceStatus.DRAFT;

    @Column(nullable = false)
    private int revision = 1;

    @Column(name = "withdraw_reason", columnDefinition = "text")
    private String withdrawReason;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_by", length = 100)
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "approved_by", length = 100)
    private String approvedBy;
    @Column(name = "approved_at")
    private Instant approvedAt;
    @Column(name = "published_by", length = 100)
    private String publishedBy;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;
    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Version
    private long version;

    protected SourceItem() {
    }

    public SourceItem(String ownerUnit, SourceData data, String by, Instant now) {
        this.ownerUnit = ownerUnit;
        this.createdBy = by;
        this.createdAt = now;
        write(data);
    }

    /** A new revision as written; an approved item goes back to DRAFT. */
    public void edit(SourceData data, String by, Instant now) {
        if (!status.editable()) {
            throw new TransitionRefusedException(TransitionRefusedException.NOT_EDITABLE, "item " + id + " is " + status);
        }
        write(data);
        revision++;
        status = SourceStatus.DRAFT;
        approvedBy = null;
        approvedAt = null;
        updatedBy = by;
        updatedAt = now;
    }

    private void write(SourceData data) {
        title = data.title();
        summary = data.summary();
        body = data.body();
        field = data.field();
        tags = String.join(",", data.tags());
        validFrom = data.validFrom();
        validUntil = data.validUntil();
        wholeSubtree = data.wholeSubtree();
        targets.clear();
        targets.addAll(wholeSubtree ? List.of(ownerUnit) : data.targets());
        languages = String.join(",", data.languages());
        versions.clear();
        data.versions().forEach(v -> versions.add(new SourceVersion(v)));
        boardText = data.boardText();
        boardImageId = data.boardImageId();
        documents.clear();
        documents.addAll(data.documentIds());
    }

    public void approve(String by, Instant now) {
        require(SourceStatus.DRAFT, "approve");
        status = SourceStatus.APPROVED;
        approvedBy = by;
        approvedAt = now;
    }

    public void publish(String by, Instant now) {
        require(SourceStatus.APPROVED, "publish");
        status = SourceStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = now;
    }

    /** Takes the item back (from any state but withdrawn), for good; the reason is required. */
    public void withdraw(String by, String reason, Instant now) {
        if (status == SourceStatus.WITHDRAWN) {
            throw new TransitionRefusedException(TransitionRefusedException.NOT_ALLOWED, "item " + id + " is withdrawn already");
        }
        if (reason == null || reason.isBlank()) {
            throw new TransitionRefusedException(TransitionRefusedException.REASON_REQUIRED, "a withdrawal needs its reason");
        }
        status = SourceStatus.WITHDRAWN;
        withdrawReason = reason.strip();
        withdrawnBy = by;
        withdrawnAt = now;
    }

    private void require(SourceStatus expected, String step) {
        if (status != expected) {
            throw new TransitionRefusedException(TransitionRefusedException.NOT_ALLOWED, "cannot " + step + " item " + id + " in " + status);
        }
    }

    /** Whether the item is in effect on {@code day} (published and within its validity). */
    public boolean inEffect(LocalDate day) {
        return status == SourceStatus.PUBLISHED && !day.isBefore(validFrom) && (validUntil == null || !day.isAfter(validUntil));
    }

    /** The item as written now, for its revision record. */
    public SourceData data() {
        return new SourceData(title, summary, body, field, tagList(), validFrom, validUntil,
                wholeSubtree ? List.of() : List.copyOf(targets), List.of(languages.split(",")),
                versions.stream().map(SourceVersion::data).toList(), boardText, boardImageId, List.copyOf(documents));
    }

    public List<String> tagList() {
        return tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
    }

    public Long id() { return id; }
    public String ownerUnit() { return ownerUnit; }
    public String title() { return title; }
    public String summary() { return summary; }
    public String body() { return body; }
    public String field() { return field; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validUntil() { return validUntil; }
    public boolean wholeSubtree() { return wholeSubtree; }
    public Set<String> targets() { return Set.copyOf(targets); }
    public List<String> languages() { return List.of(languages.split(",")); }
    public List<SourceVersion> versions() { return List.copyOf(versions); }
    public String boardText() { return boardText; }
    public Long boardImageId() { return boardImageId; }
    public List<Long> documents() { return List.copyOf(documents); }
    public SourceStatus status() { return status; }
    public int revision() { return revision; }
    public String withdrawReason() { return withdrawReason; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
    public String approvedBy() { return approvedBy; }
    public Instant approvedAt() { return approvedAt; }
    public String publishedBy() { return publishedBy; }
    public Instant publishedAt() { return publishedAt; }
    public String withdrawnBy() { return withdrawnBy; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public long version() { return version; }
}
