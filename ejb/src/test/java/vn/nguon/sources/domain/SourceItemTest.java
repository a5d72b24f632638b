package vn.nguon.sources.domain;

import org.junit.jupiter.api.Test;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.kernel.Violation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SourceItemTest {

    static final Instant NOW = Instant.parse("2026-12-06T01:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);

    static SourceData data(String title, List<String> targets) {
        return new SourceData(title, "Tóm tắt", "Nội dung hướng dẫn phòng chống bão số 15.", "thien-tai",
                List.of(" Bão ", "bão", "Phòng chống, thiên tai"), TODAY, TODAY.plusDays(10), targets, List.of("vi", "hmn"));
    }

    @Test
    void draftApprovedPublishedWithdrawnAndNothingElse() {
        SourceItem item = new SourceItem("12", data("Phòng chống bão", List.of()), "laichau.canbo", NOW);
        assertEquals(SourceStatus.DRAFT, item.status());
        assertEquals(1, item.revision());
        assertThrows(TransitionRefusedException.class, () -> item.publish("laichau.canbo", NOW), "not approved yet");
        item.approve("laichau.lanhdao", NOW);
        assertThrows(TransitionRefusedException.class, () -> item.approve("laichau.lanhdao", NOW));
        item.edit(data("Phòng chống bão — sửa", List.of()), "laichau.canbo", NOW);
        assertEquals(SourceStatus.DRAFT, item.status(), "an approved item edited needs approval again");
        assertEquals(2, item.revision());
        assertEquals(null, item.approvedBy());
        item.approve("laichau.lanhdao", NOW);
        item.publish("laichau.canbo", NOW);
        assertTrue(item.inEffect(TODAY));
        assertFalse(item.inEffect(TODAY.plusDays(11)), "after its validity");
        assertFalse(item.inEffect(TODAY.minusDays(1)), "before it");
        TransitionRefusedException notEditable = assertThrows(TransitionRefusedException.class,
                () -> item.edit(data("x", List.of()), "laichau.canbo", NOW));
        assertEquals(TransitionRefusedException.NOT_EDITABLE, notEditable.code());
        assertEquals(TransitionRefusedException.REASON_REQUIRED,
                assertThrows(TransitionRefusedException.class, () -> item.withdraw("laichau.canbo", "  ", NOW)).code());
        item.withdraw("laichau.canbo", "Đã có văn bản thay thế", NOW);
        assertEquals(SourceStatus.WITHDRAWN, item.status());
        assertFalse(item.inEffect(TODAY));
        assertThrows(TransitionRefusedException.class, () -> item.withdraw("laichau.canbo", "lại", NOW));
    }

    @Test
    void aWholeSubtreeItemTargetsItsOwnerChosenUnitsThemselves() {
        assertEquals(java.util.Set.of("12"), new SourceItem("12", data("a", List.of()), "u", NOW).targets());
        SourceItem chosen = new SourceItem("12", data("b", List.of("03390", "03394", "03390")), "u", NOW);
        assertEquals(java.util.Set.of("03390", "03394"), chosen.targets());
        assertFalse(chosen.wholeSubtree());
    }

    @Test
    void tagsAreNormalisedAndEveryProblemIsNamed() {
        assertEquals(List.of("bão", "phòng chống  thiên tai".replace("  ", " ")), data("a", List.of()).tags());
        List<String> fields = new SourceData(" ", null, "", null, List.of("x".repeat(41)), LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1), List.of(), List.of("hmn", "VIE1")).problems().stream().map(Violation::field).toList();
        assertEquals(List.of("title", "summary", "body", "field", "tags", "validUntil", "languages", "languages"), fields);
        assertEquals(List.of("validFrom"), new SourceData("t", "s", "b", "f", List.of(), null, null, null, null).problems()
                .stream().map(Violation::field).toList());
    }

    static SourceData withAttachments(List<SourceData.Version> versions, String boardText, Long image, List<Long> documents) {
        SourceData d = data("Rét đậm", List.of());
        return new SourceData(d.title(), d.summary(), d.body(), d.field(), d.tags(), d.validFrom(), d.validUntil(), d.targets(),
                d.languages(), versions, boardText, image, documents);
    }

    @Test
    void versionsBoardAndDocumentsAreKeptAndEachRevisionSaysWhatItCarried() {
        SourceData d = withAttachments(List.of(new SourceData.Version(" VI ", " Bà con chú ý… ", 7L, null),
                new SourceData.Version("hmn", "Cov neeg…", null, List.of(" 03390 ", ""))), "  Che chắn chuồng trại ", 31L, List.of(40L, 41L, 40L));
        assertEquals(List.of(), d.problems());
        assertEquals("vi", d.versions().get(0).language());
        assertEquals("Bà con chú ý…", d.versions().get(0).text());
        assertEquals(List.of("03390"), d.versions().get(1).playsIn());
        assertEquals("Che chắn chuồng trại", d.boardText());
        assertEquals(List.of(40L, 41L), d.documentIds(), "a document once");
        SourceItem item = new SourceItem("12", d, "laichau.canbo", NOW);
        assertEquals(d, item.data(), "the item keeps what was written");
        assertEquals("vi: text, audio 7; hmn: text in 03390; board: text, image 31; documents: 40, 41", SourceRevision.attachments(item.data()));
        item.edit(withAttachments(List.of(), null, null, List.of()), "laichau.canbo", NOW);
        assertEquals(List.of(), item.versions());
        assertEquals(null, item.boardImageId());
        assertEquals(List.of(), item.documents());
    }

    @Test
    void everyProblemOfTheAttachmentsIsNamed() {
        List<SourceData.Version> versions = List.of(new SourceData.Version("vi", "", null, List.of()),
                new SourceData.Version("vi", "lại", null, List.of()),
                new SourceData.Version("tyz", "Tày", null, List.of("03390")),
                new SourceData.Version("hmn", "x".repeat(10_001), null, List.of()));
        List<String> fields = withAttachments(versions, "b".repeat(501), null,
                java.util.stream.LongStream.range(1, 12).boxed().toList()).problems().stream().map(v -> v.field() + " " + v.code()).toList();
        assertEquals(List.of("versions[0].text required", "versions[1].language duplicateLanguage",
                "versions[2].language source.languageNotListed", "versions[3].text tooLong", "versions[3].playsIn required",
                "boardText tooLong", "documentIds tooLarge"), fields);
    }
}
