package vn.nguon.sources.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of the library's list or search: the item's list columns, its owner's name, and a snippet whose
 * matched words are marked {@code ⟦…⟧} (the page shows them highlighted, escaped).
 */
public record SourceSummary(long id, String ownerUnit, String ownerName, String title, String field, String fieldName,
                            List<String> tags, LocalDate validFrom, LocalDate validUntil, String status, Instant publishedAt,
                            double rank, String snippet) implements java.io.Serializable {
}
