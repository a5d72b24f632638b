package vn.nguon.feedback.domain;

import org.junit.jupiter.api.Test;
import vn.nguon.kernel.TransitionRefusedException;
import vn.nguon.kernel.Violation;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The feedback state machine: every step from where it may be taken, and only from there. */
class FeedbackTest {

    static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z");
    static final Instant DUE = NOW.plusSeconds(86_400 * 14);

    static FeedbackData data(String name, boolean consent) {
        return new FeedbackData("ha-tang", "03390", "Đường vào bản Thẳm sạt lở", "Đoạn đường dài 20 m bị sạt, xe máy không qua được.",
                name, name == null ? null : "0912 345 678", null, consent, false, null, null, null, Channel.WEB);
    }

    static Feedback received() {
        return new Feedback("7K3M-Q9XD-2HPA", data("Lò Văn Minh", true), "03390", List.of(), "h", null, DUE, NOW);
    }

    static void refused(Runnable step) {
        assertEquals(TransitionRefusedException.NOT_ALLOWED, assertThrows(TransitionRefusedException.class, step::run).code());
    }

    @Test
    void receivedAcceptedWorkedAnsweredAndClosedBySatisfaction() {
        Feedback f = received();
        assertEquals(FeedbackStatus.RECEIVED, f.status());
        refused(() -> f.start(NOW));
        refused(() -> f.approve("lanhdao", NOW));
        assertEquals(new Feedback.Step("accept", FeedbackStatus.RECEIVED, FeedbackStatus.ACCEPTED, "feedback.public.accepted"),
                f.accept(null, "binhlu.canbo", NOW));
        assertEquals("binhlu.canbo", f.assignee(), "no one named: the one who accepted");
        refused(() -> f.accept("x", "y", NOW));
        f.start(NOW);
        refused(() -> f.approve("lanhdao", NOW)); // no draft yet
        assertEquals(TransitionRefusedException.REASON_REQUIRED,
                assertThrows(TransitionRefusedException.class, () -> f.draft(" ", "binhlu.canbo", NOW)).code());
        f.draft("Xã đã cho san gạt. Liên hệ ông Lò Văn Minh, 0912 345 678 hoặc minh@example.vn.", "binhlu.canbo", NOW);
        Feedback.Step approved = f.approve("binhlu.lanhdao", NOW);
        assertEquals(FeedbackStatus.ANSWERED, approved.to());
        assertEquals("Xã đã cho san gạt. Liên hệ ông […], […] hoặc […].", f.answerPublic(), "personal data out of what is published");
        assertTrue(f.answerDraft().contains("0912"), "the draft the unit sees is kept");
        refused(() -> f.transfer("12", "x", DUE, NOW));
        Feedback.Step closed = f.rate(true, null, NOW);
        assertEquals(FeedbackStatus.CLOSED, closed.to());
        assertEquals("SATISFIED", f.rating());
        refused(() -> f.rate(false, null, NOW));
    }

    @Test
    void notSatisfiedReopensAtTheSameUnitWhichTakesItAgain() {
        Feedback f = received();
        f.accept("binhlu.canbo", "binhlu.canbo", NOW);
        f.draft("Đã xử lý.", "binhlu.canbo", NOW);
        f.approve("binhlu.lanhdao", NOW);
        Feedback.Step reopened = f.rate(false, "Đường vẫn chưa sửa", NOW);
        assertEquals(new Feedback.Step("reopen", FeedbackStatus.ANSWERED, FeedbackStatus.REOPENED, "feedback.public.reopened"), reopened);
        assertEquals("03390", f.handlingUnit());
        assertEquals(1, f.reopenCount());
        assertTrue(f.status().open());
        f.accept(null, "binhlu.canbo", NOW);
        assertEquals(FeedbackStatus.ACCEPTED, f.status());
    }

    @Test
    void transferredWithAReasonToAnotherUnitWithANewDeadline() {
        Feedback f = received();
        assertEquals(TransitionRefusedException.REASON_REQUIRED,
                assertThrows(TransitionRefusedException.class, () -> f.transfer("12", "", DUE, NOW)).code());
        refused(() -> f.transfer("03390", "lại chính mình", DUE, NOW));
        Instant later = DUE.plusSeconds(3600);
        f.transfer("12", "Đường tỉnh lộ, thuộc Sở Xây dựng", later, NOW);
        assertEquals(FeedbackStatus.TRANSFERRED, f.status());
        assertEquals("12", f.handlingUnit());
        assertEquals("03390", f.transferredFrom());
        assertEquals(later, f.dueAt());
        assertNull(f.assignee());
        f.accept(null, "laichau.canbo", NOW);
    }

    @Test
    void rejectedWithAReasonADuplicateNamingWhatItJoins() {
        Feedback f = received();
        assertEquals(TransitionRefusedException.REASON_REQUIRED,
                assertThrows(TransitionRefusedException.class, () -> f.reject(RejectKind.SPAM, " ", null, NOW)).code());
        refused(() -> f.reject(RejectKind.DUPLICATE, "trùng", null, NOW));
        f.reject(RejectKind.DUPLICATE, "Trùng phản ánh đã tiếp nhận", 41L, NOW);
        assertEquals(FeedbackStatus.REJECTED, f.status());
        assertEquals(41L, f.mergedInto());
        assertFalse(f.status().open());
        assertEquals("closed", f.status().open311());
    }

    @Test
    void overdueOnceEscalatedNotAgainUntilATransferStartsANewDeadline() {
        Feedback f = received();
        Instant after = DUE.plusSeconds(60);
        assertFalse(f.overdue(NOW));
        assertTrue(f.overdue(after));
        f.escalate(after);
        refused(() -> f.escalate(after));
        f.transfer("12", "Tỉnh xử lý", after.plusSeconds(86_400 * 10), after);
        assertNull(f.escalatedAt());
        assertFalse(f.overdue(after));
    }

    @Test
    void personalDataIsKeptOnlyWithConsentAndNeverWhenAnonymous() {
        List<String> fields = data("Lò Văn Minh", false).problems().stream().map(Violation::field).toList();
        assertEquals(List.of("consent"), fields);
        FeedbackData anonymous = new FeedbackData("ha-tang", "03390", "t", "x", "Lò Văn Minh", "0912345678", "a@b.vn", true, true,
                null, null, null, Channel.WEB);
        assertFalse(anonymous.personal());
        Feedback f = new Feedback("AAAA-BBBB-CCCC", anonymous, "03390", List.of(), null, null, DUE, NOW);
        assertNull(f.citizenName());
        assertNull(f.consentAt());
        assertEquals(List.of("phone", "email"), new FeedbackData("ha-tang", "03390", "t", "x", null, "gọi tôi", "khong-phai-email", true,
                false, null, null, null, null).problems().stream().map(Violation::field).toList());
    }

    @Test
    void trackingCodesAreLongRandomAndReadAsTyped() {
        String code = TrackingCode.next();
        assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"), code);
        assertFalse(code.equals(TrackingCode.next()));
        assertEquals("7K3M-Q9XD-2HPA", TrackingCode.normalise(" 7k3m q9xd 2hpa "));
        assertEquals("1K3M-Q9XD-20PA", TrackingCode.normalise("ik3m-q9xd-2opa"), "I and O read as 1 and 0");
        assertNull(TrackingCode.normalise("7K3M-Q9XD"));
        assertNull(TrackingCode.normalise("7K3M-Q9XD-2HP!"));
        assertNull(TrackingCode.normalise(null));
    }

    @Test
    void redactionTakesOutPhonesEmailsIdentityNumbersAndTheName() {
        assertEquals("Gọi […] hoặc […], CCCD […]; ông […] đã đến.",
                Redaction.redact("Gọi +84 912.345.678 hoặc 0212 3876 543, CCCD 012345678901; ông LÒ VĂN MINH đã đến.", "Lò Văn Minh"));
        assertEquals("Năm 2026, đoạn 150 m.", Redaction.redact("Năm 2026, đoạn 150 m.", null), "ordinary numbers stay");
    }
}
