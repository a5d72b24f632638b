package vn.nguon.sources.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The source library's storage, and its search (PostgreSQL full-text, without diacritics). */
public interface SourceRepository {

    /**
     * Who is looking: their unit, and the units above it (whose published items that target any unit of
     * {@code chain} they see).
     */
    record Scope(String unit, List<String> ancestors) {

        /** The unit and its ancestors: a target among these reaches the unit. */
        public List<String> chain() {
            List<String> c = new java.util.ArrayList<>(ancestors);
            c.add(0, unit);
            return c;
        }
    }

    /**
     * A search: words (with or without diacritics; none: the newest first), filters (null: any), a page.
     *
     * @param owner  an owner unit's code
     * @param from   items valid on or after this day
     * @param to     items valid on or before this day
     * @param status the caller's own items in one state (others' are always PUBLISHED)
     */
    record Query(String text, String field, String tag, String owner, LocalDate from, LocalDate to, SourceStatus status,
                 int first, int max) {
    }

    /** One hit: the item's list columns, its rank and a snippet with the matched words between ⟦ and ⟧. */
    record Hit(long id, String ownerUnit, String title, String field, List<String> tags, LocalDate validFrom,
               LocalDate validUntil, SourceStatus status, java.time.Instant publishedAt, double rank, String snippet) {
    }

    record Page(List<Hit> hits, long total) {
    }

    /** Marks a matched word in a snippet: {@link #MARK_START}word{@link #MARK_END}. */
    String MARK_START = "⟦";
    String MARK_END = "⟧";

    Page search(Scope scope, Query query);

    Optional<SourceItem> find(long id);

    /** The published items in effect on {@code day} that a unit of {@code chain} (the unit and its ancestors) is shown, newest first. */
    List<SourceItem> publishedFor(List<String> chain, LocalDate day, int max);

    Optional<SourceItem> lock(long id);

    void add(SourceItem item);

    void addRevision(SourceRevision revision);

    List<SourceRevision> revisions(long itemId);

    List<SourceField> fields();

    Optional<SourceField> field(String code);

    void flush();
}
