package vn.nguon.reporting.domain;

import org.junit.jupiter.api.Test;
import vn.nguon.reporting.domain.SubmissionDiff.Change;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.nguon.reporting.infrastructure.TemplateParserTest.shipped;

class SubmissionDiffTest {

    @Test
    void listsChangedAddedAndRemovedFieldsInTemplateOrder() {
        var t = shipped("ttcs-2021-2025.json");
        var changes = SubmissionDiff.between(t,
                Map.of("section:A", "cũ", "PL01.cum_loa.sau", "35", "PL01.thon.sau", "20"),
                Map.of("section:A", "mới", "PL01.cum_loa.sau", "35 ", "PL01.cum_loa_ip.sau", "6"));
        assertEquals(List.of(
                new Change("section:A", "cũ", "mới"),
                new Change("PL01.cum_loa_ip.sau", null, "6"),
                new Change("PL01.thon.sau", "20", null)), changes);
    }
}
