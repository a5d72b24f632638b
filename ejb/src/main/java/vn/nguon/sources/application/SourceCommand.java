package vn.nguon.sources.application;

import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.shared.IsoTimes;
import vn.nguon.sources.domain.SourceData;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A library item as its writers send it (the API's body, the page's form): dates as text, so that a date
 * that cannot be read is a field problem; {@link #data()} turns it into the domain's {@link SourceData}.
 *
 * @param targets      unit codes; empty or absent: the owner's whole subtree
 * @param versions     what is aired per language: the text read aloud, ready-to-air audio (a media id from
 *                     {@code POST /api/media} or {@code /api/media/tts}), where a minority language plays
 * @param boardText    the short text e-bulletin boards show
 * @param boardImageId the picture they show (a file from {@code POST /api/sources/files?kind=IMAGE})
 * @param documentIds  PDF documents (files from {@code POST /api/sources/files?kind=PDF})
 * @param version      the version the writer edited (an edit of a changed item is refused as stale)
 */
public record SourceCommand(String title, String summary, String body, String field, List<String> tags, String validFrom,
                            String validUntil, List<String> targets, List<String> languages, List<VersionRequest> versions,
                            String boardText, Long boardImageId, List<Long> documentIds, Long version) {

    public record VersionRequest(String language, String text, Long mediaId, List<String> playsIn)
            implements java.io.Serializable {
    }

    public SourceData data() {
        List<Violation> v = new ArrayList<>();
        LocalDate from = IsoTimes.date(v, "validFrom", validFrom);
        LocalDate until = IsoTimes.date(v, "validUntil", validUntil);
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        return new SourceData(title, summary, body, field, tags, from, until, targets, languages,
                versions == null ? List.of() : versions.stream().filter(java.util.Objects::nonNull)
                        .map(x -> new SourceData.Version(x.language(), x.text(), x.mediaId(), x.playsIn())).toList(),
                boardText, boardImageId, documentIds);
    }

}
