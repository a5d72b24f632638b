package vn.nguon.broadcast.domain;

import org.junit.jupiter.api.Test;
import vn.nguon.kernel.TransitionRefusedException;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BulletinTest {

    static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    static BulletinData data(String title, Priority p, Instant start, List<BulletinData.Version> versions) {
        return new BulletinData(BulletinKind.BULLETIN, title, Category.NEWS, p, versions,
                List.of(new Target(Target.Kind.UNIT, "03390")), Schedule.once(start, start.plusSeconds(3600)), null, null);
    }

    static Bulletin draft() {
        return new Bulletin(1, "03390", data("Tin", Priority.NORMAL, NOW.plusSeconds(60),
                List.of(new BulletinData.Version("vi", "Nội dung", null, null))), "canbo", NOW);
    }

    @Test
    void approvalWaitsForSubmissionAndRejectionNeedsAReason() {
        Bulletin b = draft();
        assertThrows(TransitionRefusedException.class, () -> b.approve("lanhdao", NOW));
        b.submit("canbo", NOW);
        TransitionRefusedException e = assertThrows(TransitionRefusedException.class, () -> b.reject("lanhdao", "  ", NOW));
        assertEquals(TransitionRefusedException.REASON_REQUIRED, e.code());
        b.reject("lanhdao", "Sửa tiêu đề", NOW);
        assertEquals(BulletinStatus.REJECTED, b.status());
        assertFalse(b.edit(data("Tin mới", Priority.NORMAL, NOW.plusSeconds(60), List.of(new BulletinData.Version("vi", "x", null, null))), "canbo", NOW));
        assertEquals(BulletinStatus.DRAFT, b.status());
        b.submit("canbo", NOW);
        b.approve("lanhdao", NOW);
        assertEquals(NOW.plusSeconds(60), b.nextSlotAt());
    }

    @Test
    void editingAnApprovedBulletinMakesANewRevisionToApprove() {
        Bulletin b = draft();
        b.submit("canbo", NOW);
        b.approve("lanhdao", NOW);
        assertTrue(b.edit(data("Tin sửa", Priority.PRIORITY, NOW.plusSeconds(120), List.of(new BulletinData.Version("vi", "y", null, null))), "canbo", NOW));
        assertEquals(2, b.revision());
        assertEquals(BulletinStatus.PENDING, b.status());
        assertNull(b.nextSlotAt(), "nothing is dispatched until approved again");
        assertTrue(b.cancel("lanhdao", null, NOW) == false && b.status() == BulletinStatus.CANCELLED);
        assertThrows(TransitionRefusedException.class, () -> b.edit(data("z", Priority.NORMAL, NOW.plusSeconds(60),
                List.of(new BulletinData.Version("vi", "z", null, null))), "canbo", NOW));
    }

    @Test
    void anExpiredBulletinCannotBeApproved() {
        Bulletin b = draft();
        b.submit("canbo", NOW);
        assertEquals("expired", assertThrows(TransitionRefusedException.class, () -> b.approve("lanhdao", NOW.plusSeconds(7200))).code());
    }

    @Test
    void eachCommuneHearsItsOwnLanguage() {
        Bulletin b = new Bulletin(2, "12", data("Tin", Priority.NORMAL, NOW.plusSeconds(60), List.of(
                new BulletinData.Version("vi", "Tiếng Việt", null, null),
                new BulletinData.Version("hmn", "Lus Hmoob", null, List.of("03390")))), "canbo", NOW);
        assertEquals("hmn", b.versionFor(List.of("03390", "12", "BVHTTDL")).language());
        assertEquals("vi", b.versionFor(List.of("03391", "12", "BVHTTDL")).language());
    }

    @Test
    void deliveriesMoveForwardOnlyAndLateDevicesExpire() {
        assertEquals(List.of(DeliveryState.QUEUED, DeliveryState.RECEIVED, DeliveryState.EXPIRED), DeliveryState.before(DeliveryState.PLAYING));
        assertEquals(List.of(DeliveryState.QUEUED, DeliveryState.RECEIVED, DeliveryState.PLAYING, DeliveryState.EXPIRED),
                DeliveryState.before(DeliveryState.DONE), "a late DONE still wins over EXPIRED: it did play");
        assertFalse(DeliveryState.before(DeliveryState.RECEIVED).contains(DeliveryState.PLAYING), "an older acknowledgement changes nothing");
        assertTrue(DeliveryState.before(DeliveryState.FAILED).stream().noneMatch(s -> s == DeliveryState.DONE || s == DeliveryState.CANCELLED));
        assertEquals(DeliveryState.EXPIRED, DeliveryState.reported("FAILED", "EXPIRED"));
        assertEquals(DeliveryState.FAILED, DeliveryState.reported("FAILED", "MEDIA_UNREACHABLE"));
        Delivery d = new Delivery(java.util.UUID.randomUUID(), draft(), "D-1", "03390", NOW, "vi", NOW);
        assertEquals(NOW.plusSeconds(3660), d.expiresAt(), "a one-off slot lasts until the bulletin expires");
        assertEquals(DeliveryState.QUEUED, d.state());
    }

    @Test
    void dataProblemsAreListedTogether() {
        BulletinData bad = new BulletinData(BulletinKind.ALERT, " ", null, Priority.NORMAL,
                List.of(new BulletinData.Version("hmn", "x", null, null), new BulletinData.Version("hmn", "", null, List.of("03390"))),
                List.of(), Schedule.once(NOW, NOW.plusSeconds(60)), 120, null);
        List<String> p = bad.problems(NOW).stream().map(v -> v.field() + ":" + v.code()).toList();
        assertEquals(List.of("title:required", "category:required", "priority:alertIsEmergency", "versions:vietnameseRequired",
                "versions[0].playsIn:required", "versions[1].language:duplicateLanguage", "versions[1].text:required",
                "targets:required", "volume:tooLarge", "event:required"), p);
    }
}
