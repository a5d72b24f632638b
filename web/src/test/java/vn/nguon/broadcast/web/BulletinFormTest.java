package vn.nguon.broadcast.web;

import org.junit.jupiter.api.Test;
import vn.nguon.broadcast.application.BulletinView;
import vn.nguon.broadcast.application.BulletinCommand;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The bulletin form keeps, on saving, what a bulletin written through the API has and the form does not show. */
class BulletinFormTest {

    static BulletinView bulletin(List<BulletinView.VersionView> versions, List<BulletinView.TargetView> targets) {
        Instant start = Instant.parse("2026-12-01T01:00:00Z");
        return new BulletinView(7, "BULLETIN", "12", "Tỉnh Lai Châu", "Lịch tiêm chủng", "HEALTH", "NORMAL", "DRAFT", 1,
                start, start.plusSeconds(3600), "ONCE", List.of(), List.of(LocalTime.of(8, 0)), null, null, null,
                versions, targets, null, "laichau.canbo", start, null, null, null, 3, Set.of(), Map.of(), null, null,
                new BulletinView.BoardView("Tiêm chủng ngày 8/12", 42L));
    }

    static final List<BulletinView.VersionView> THREE_LANGUAGES = List.of(
            new BulletinView.VersionView("vi", "Tiêm chủng tại trạm y tế.", 11L, List.of()),
            new BulletinView.VersionView("hmn", "Txhaj tshuaj tiv thaiv.", 12L, List.of("03390")),
            new BulletinView.VersionView("tyz", "Bản tiếng Tày.", null, List.of("03391", "03392")));

    static final List<BulletinView.TargetView> ALL_KINDS = List.of(
            new BulletinView.TargetView("UNIT", "12", "Tỉnh Lai Châu"),
            new BulletinView.TargetView("GROUP", "12/EBOARD", "Tỉnh Lai Châu / EBOARD"),
            new BulletinView.TargetView("DEVICE", "dev-1", "Cụm loa 1"));

    @Test
    void savingTheFormKeepsEveryVersionAndTarget() {
        BulletinForm form = new BulletinForm();
        form.fill(bulletin(THREE_LANGUAGES, ALL_KINDS));
        assertEquals("hmn", form.getExtraLanguage());
        assertEquals(List.of("tyz"), form.getKeptLanguages());
        assertEquals(List.of("12/EBOARD"), form.getKeptGroups());

        BulletinCommand saved = form.command(3L);
        assertEquals(List.of(
                new BulletinCommand.VersionRequest("vi", "Tiêm chủng tại trạm y tế.", 11L, List.of()),
                new BulletinCommand.VersionRequest("hmn", "Txhaj tshuaj tiv thaiv.", 12L, List.of("03390")),
                new BulletinCommand.VersionRequest("tyz", "Bản tiếng Tày.", null, List.of("03391", "03392"))), saved.versions());
        assertEquals(List.of(new BulletinCommand.TargetRequest("UNIT", "12"), new BulletinCommand.TargetRequest("DEVICE", "dev-1"),
                new BulletinCommand.TargetRequest("GROUP", "12/EBOARD")), saved.targets());
        assertEquals(new BulletinCommand.BoardRequest("Tiêm chủng ngày 8/12", 42L), saved.board());
    }

    @Test
    void theBoardPictureCanBeTakenOffAndTheTextKept() {
        BulletinForm form = new BulletinForm();
        form.fill(bulletin(THREE_LANGUAGES, ALL_KINDS));
        form.clearBoardImage();
        assertEquals(new BulletinCommand.BoardRequest("Tiêm chủng ngày 8/12", null), form.command(3L).board());
        form.setBoardText(null);
        assertEquals(null, form.command(3L).board());
    }

    @Test
    void removingTheShownVersionKeepsTheOthers() {
        BulletinForm form = new BulletinForm();
        form.fill(bulletin(THREE_LANGUAGES, ALL_KINDS));
        form.setExtraLanguage("");
        assertEquals(List.of("vi", "tyz"), form.command(3L).versions().stream().map(BulletinCommand.VersionRequest::language).toList());
    }

    @Test
    void aBulletinWithOnlyWhatTheFormShowsKeepsNothingExtra() {
        BulletinForm form = new BulletinForm();
        form.fill(bulletin(THREE_LANGUAGES.subList(0, 2), List.of(ALL_KINDS.get(0))));
        assertEquals(List.of(), form.getKeptLanguages());
        assertEquals(List.of(), form.getKeptGroups());
        assertEquals(2, form.command(3L).versions().size());
        assertEquals(List.of(new BulletinCommand.TargetRequest("UNIT", "12")), form.command(3L).targets());
    }
}
