package vn.nguon.sources.application;

import vn.nguon.shared.files.FileInfo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A library item as its readers see it: the item, its owner's name, its targets in words, its revisions and
 * what the caller may do with it; its mandatory relay if it has one.
 *
 * @param source the line a relay carries: "Nguồn: Tỉnh Lai Châu, ngày 05/12/2026"
 */
public record SourceItemView(long id, String ownerUnit, String ownerName, String title, String summary, String body,
                             String field, String fieldName, List<String> tags, LocalDate validFrom, LocalDate validUntil,
                             boolean wholeSubtree, List<TargetView> targets, List<String> languages, String status,
                             int revision, String withdrawReason, String createdBy, Instant createdAt, String approvedBy,
                             Instant approvedAt, String publishedBy, Instant publishedAt, String withdrawnBy, Instant withdrawnAt,
                             long version, Set<SourceAction> actions, List<RevisionView> revisions, String source,
                             RequirementView requirement, List<VersionView> versions, String boardText, Attachment boardImage,
                             List<Attachment> documents) implements java.io.Serializable {

    /** A stored file of the item and a link to open it from the pages (signed, valid for a few hours). */
    public record Attachment(FileInfo file, String link) implements java.io.Serializable {
    }

    /**
     * The item in one language as aired: the text read aloud, its audio if any ({@code mediaSource} UPLOAD or
     * TTS, its length), where it plays (a minority language).
     */
    public record VersionView(String language, String text, Long mediaId, Long durationMs, String mediaSource,
                              List<String> playsIn, String listen) implements java.io.Serializable {
    }

    /** The item's mandatory relay: at least {@code minPlays} plays from {@code from} to {@code to}. */
    public record RequirementView(int minPlays, LocalDate from, LocalDate to) implements java.io.Serializable {
    }

    public record TargetView(String code, String name) implements java.io.Serializable {
    }

    public record RevisionView(int revision, String title, String savedBy, Instant savedAt, String attachments)
            implements java.io.Serializable {
    }

    /** Whether e-boards are given something to show. */
    public boolean hasBoard() {
        return boardText != null || boardImage != null;
    }

    public boolean may(SourceAction action) {
        return actions.contains(action);
    }
}
