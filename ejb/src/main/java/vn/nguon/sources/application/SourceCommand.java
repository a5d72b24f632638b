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
 * @param targets unit codes; empty or absent: the owner's whole subtree
 * @param version the version the writer edited (an edit of a changed item is refused as stale)
 */
public record SourceCommand(String title, String summary, String body, String field, List<String> tags, String validFrom,
                            String validUntil, List<String> targets, List<String> languages, Long version) {

    public SourceData data() {
        List<Violation> v = new ArrayList<>();
        LocalDate from = IsoTimes.date(v, "validFrom", validFrom);
        LocalDate until = IsoTimes.date(v, "validUntil", validUntil);
        if (!v.isEmpty()) {
            throw new ValidationFailedException(v);
        }
        return new SourceData(title, summary, body, field, tags, from, until, targets, languages);
    }

}
