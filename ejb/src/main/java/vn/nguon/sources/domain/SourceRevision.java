package vn.nguon.sources.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/** One saved revision of a library item, as it was written (kept for good). */
@Entity
@Table(name = "source_item_revision")
@IdClass(SourceRevision.Key.class)
public class SourceRevision {

    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;
        Long itemId;
        int revision;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(itemId, k.itemId) && revision == k.revision;
        }

        @Override
        public int hashCode() {
            return Objects.hash(itemId, revision);
        }
    }

    @Id
    @Column(name = "item_id")
    private Long itemId;
    @Id
    private int revision;
    @Column(nullable = false, length = 300)
    private String title;
    @Column(nullable = false, length = 1000)
    private String summary;
    @Column(nullable = false, columnDefinition = "text")
    private String body;
    @Column(name = "field_code", nullable = false, length = 30)
    private String field;
    @Column(nullable = false, length = 500)
    private String tags;
    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;
    @Column(name = "valid_until")
    private LocalDate validUntil;
    @Column(nullable = false, length = 4000)
    private String targets;
    @Column(nullable = false, length = 100)
    private String languages;
    @Column(nullable = false, length = 1000)
    private String attachments;
    @Column(name = "saved_by", nullable = false, length = 100)
    private String savedBy;
    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    protected SourceRevision() {
    }

    public SourceRevision(SourceItem item, String by, Instant at) {
        SourceData d = item.data();
        itemId = item.id();
        revision = item.revision();
        title = d.title();
        summary = d.summary();
        body = d.body();
        field = d.field();
        tags = String.join(",", d.tags());
        validFrom = d.validFrom();
        validUntil = d.validUntil();
        targets = item.wholeSubtree() ? "*" : String.join(",", new java.util.TreeSet<>(item.targets()));
        languages = String.join(",", d.languages());
        attachments = attachments(d);
        savedBy = by;
        savedAt = at;
    }

    /** The attachments of a revision in one line: "vi: text, audio 12; hmn: text; board: text, image 7; documents: 3, 4". */
    static String attachments(SourceData d) {
        List<String> parts = new java.util.ArrayList<>();
        for (SourceData.Version v : d.versions()) {
            parts.add(v.language() + ": text" + (v.mediaId() == null ? "" : ", audio " + v.mediaId())
                    + (v.playsIn().isEmpty() ? "" : " in " + String.join(" ", v.playsIn())));
        }
        if (d.hasBoard()) {
            parts.add("board: " + (d.boardText() == null ? "" : "text") + (d.boardText() != null && d.boardImageId() != null ? ", " : "")
                    + (d.boardImageId() == null ? "" : "image " + d.boardImageId()));
        }
        if (!d.documentIds().isEmpty()) {
            parts.add("documents: " + String.join(", ", d.documentIds().stream().map(String::valueOf).toList()));
        }
        String s = String.join("; ", parts);
        return s.length() <= 1000 ? s : s.substring(0, 999) + "…";
    }

    public String attachments() { return attachments; }
    public int revision() { return revision; }
    public String title() { return title; }
    public String summary() { return summary; }
    public String savedBy() { return savedBy; }
    public Instant savedAt() { return savedAt; }
}
