package vn.nguon.demo;

import jakarta.persistence.EntityManager;
import vn.nguon.audit.domain.AuditEvent;
import vn.nguon.feedback.domain.Channel;
import vn.nguon.feedback.domain.Feedback;
import vn.nguon.feedback.domain.FeedbackData;
import vn.nguon.feedback.domain.FeedbackEvent;
import vn.nguon.feedback.domain.FeedbackPriority;
import vn.nguon.feedback.domain.FeedbackStatus;
import vn.nguon.feedback.domain.RejectKind;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The demo's citizens' feedback in Bình Lư (Lai Châu) and Sơn Tây Hạ (Quảng Ngãi): an item in every state —
 * new, assigned, in progress with a draft waiting for the leader, answered and closed (satisfied), reopened,
 * transferred to the province, a duplicate merged — and one whose deadline passed (the round escalates it to
 * the province within minutes of the start). Written through the state machine, with their history.
 */
final class DemoFeedback {

    private DemoFeedback() {
    }

    private record Entry(String code, String commune, String category, String title, String text, String name, String phone,
                         Channel channel, long daysAgo, String until) {
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("7K3M-DEMA-0001", "03390", "ha-tang", "Đường vào bản Thẳm sạt lở sau mưa",
                    "Đoạn đường dài khoảng 20 m bị sạt một bên taluy, xe máy đi qua rất nguy hiểm.", "Lò Văn Minh", "0912 345 678",
                    Channel.WEB, 0, "RECEIVED"),
            new Entry("7K3M-DEMA-0002", "03390", "moi-truong", "Rác thải đổ ven suối Nậm Pậy",
                    "Có người đổ rác sinh hoạt ven suối đầu bản, bốc mùi.", null, null, Channel.ZALO, 1, "ACCEPTED"),
            new Entry("7K3M-DEMA-0003", "03390", "thong-tin", "Loa truyền thanh thôn Nà Cúng nghe không rõ",
                    "Cụm loa ở nhà văn hóa thôn rè, buổi sáng nghe không rõ tiếng.", "Tòng Thị Lan", "0987 111 222",
                    Channel.WEB, 2, "DRAFTED"),
            new Entry("7K3M-DEMA-0004", "03390", "y-te", "Đề nghị tổ chức tiêm chủng tại bản xa",
                    "Trẻ em bản Thẳm phải đi 12 km ra trạm y tế để tiêm chủng.", "Giàng A Páo", null, Channel.PHONE, 9, "CLOSED"),
            new Entry("7K3M-DEMA-0005", "03390", "ha-tang", "Đèn chiếu sáng ngã ba trung tâm xã không sáng",
                    "Ba bóng đèn ở ngã ba trung tâm xã hỏng đã hai tuần.", null, null, Channel.WEB, 8, "REOPENED"),
            new Entry("7K3M-DEMA-0006", "03390", "dat-dai", "Tranh chấp ranh giới đất rừng giáp xã bên",
                    "Ranh giới đất rừng giữa hai xã chưa rõ, người dân hai bên tranh chấp.", "Lò Văn Dũng", "0912 222 333",
                    Channel.IN_PERSON, 5, "TRANSFERRED"),
            new Entry("7K3M-DEMA-0007", "03390", "ha-tang", "Đường vào bản Thẳm bị sạt",
                    "Đường bị sạt, đề nghị xã xử lý.", null, null, Channel.WEB, 0, "DUPLICATE"),
            new Entry("7K3M-DEMA-0008", "03390", "an-ninh", "Xe chở quá tải làm hỏng đường liên thôn",
                    "Xe tải chở đá đi qua ban đêm, đường liên thôn lún nứt.", null, null, Channel.HOTLINE, 20, "OVERDUE"),
            new Entry("9Q2S-DEMA-0001", "21343", "moi-truong", "Nước thải chăn nuôi chảy ra kênh",
                    "Trại lợn đầu thôn xả nước thải ra kênh tưới.", "Đinh Văn Hùng", "0905 333 444", Channel.WEB, 3, "RECEIVED"),
            new Entry("9Q2S-DEMA-0002", "21343", "giao-duc", "Đề nghị sửa mái phòng học điểm trường thôn",
                    "Mái tôn phòng học bị dột khi mưa.", null, null, Channel.WEB, 12, "CLOSED"));

    static int seed(EntityManager em, Instant now) {
        Feedback first = null;
        for (Entry e : ENTRIES) {
            Instant at = now.minus(Duration.ofDays(e.daysAgo())).minus(Duration.ofHours(2));
            String officer = e.commune().equals("03390") ? "binhlu.canbo" : "sontayha.canbo";
            String leader = e.commune().equals("03390") ? "binhlu.lanhdao" : "sontayha.lanhdao";
            FeedbackData d = new FeedbackData(e.category(), e.commune(), e.title(), e.text(), e.name(), e.phone(), null, e.name() != null,
                    e.name() == null, null, null, FeedbackPriority.NORMAL, e.channel());
            Instant due = e.until().equals("OVERDUE") ? now.minus(Duration.ofHours(1)) : at.plus(Duration.ofDays(14));
            Feedback f = new Feedback(e.code(), d, e.commune(), List.of(), null, e.channel().byHand() ? officer : null, due, at);
            em.persist(f);
            em.flush();
            step(em, f, new Feedback.Step("receive", null, FeedbackStatus.RECEIVED, "feedback.public.received"), "citizen", at, null);
            Instant t = at.plus(Duration.ofHours(3));
            switch (e.until()) {
                case "ACCEPTED", "OVERDUE" -> step(em, f, f.accept(officer, officer, t), officer, t, null);
                case "DRAFTED" -> {
                    step(em, f, f.accept(officer, officer, t), officer, t, null);
                    step(em, f, f.draft("Trung tâm dịch vụ xã đã kiểm tra, sẽ thay loa trong tuần này. Liên hệ cán bộ văn hóa: 0912 000 111.",
                            officer, t.plusSeconds(600)), officer, t.plusSeconds(600), null);
                }
                case "CLOSED", "REOPENED" -> {
                    step(em, f, f.accept(officer, officer, t), officer, t, null);
                    step(em, f, f.draft(e.until().equals("CLOSED") ? "Trạm y tế xã sẽ tổ chức tiêm chủng lưu động tại nhà văn hóa bản "
                            + "vào ngày 15 hằng tháng." : "Xã đã thay bóng đèn ngày 02/12.", officer, t.plusSeconds(3600)), officer, t.plusSeconds(3600), null);
                    step(em, f, f.approve(leader, t.plusSeconds(7200)), leader, t.plusSeconds(7200), null);
                    boolean satisfied = e.until().equals("CLOSED");
                    step(em, f, f.rate(satisfied, satisfied ? null : "Mới sáng được hai bóng", t.plusSeconds(86_400)), "citizen",
                            t.plusSeconds(86_400), null);
                }
                case "TRANSFERRED" -> step(em, f, f.transfer("12", "Tranh chấp giữa hai xã: thuộc thẩm quyền của tỉnh",
                        t.plus(Duration.ofDays(14)), t), officer, t, "Tỉnh Lai Châu: Tranh chấp giữa hai xã: thuộc thẩm quyền của tỉnh");
                case "DUPLICATE" -> step(em, f, f.reject(RejectKind.DUPLICATE, "Trùng phản ánh 7K3M-DEMA-0001", first.id(), t), officer, t,
                        "Trùng phản ánh 7K3M-DEMA-0001");
                default -> {
                }
            }
            if (first == null) {
                first = f;
            }
            em.persist(new AuditEvent(now, "demo-data", "system", e.commune(), "feedback", String.valueOf(f.id()), "create", null,
                    f.status().name(), f.code()));
        }
        survey(em, now);
        return ENTRIES.size();
    }

    /** Bình Lư's survey on its broadcasts, open for two weeks, with a dozen answers. */
    private static void survey(EntityManager em, Instant now) {
        java.time.LocalDate today = now.atZone(vn.nguon.feedback.domain.WorkingCalendar.VIETNAM).toLocalDate();
        vn.nguon.feedback.domain.Survey s = new vn.nguon.feedback.domain.Survey("03390", "Ý kiến về chương trình phát thanh của xã",
                "Xin bà con cho biết ý kiến để xã bố trí giờ phát và nội dung phù hợp hơn.", today.minusDays(3), today.plusDays(11), List.of(
                new vn.nguon.feedback.domain.SurveyQuestion(vn.nguon.feedback.domain.SurveyQuestion.Kind.SINGLE,
                        "Bạn thường nghe loa truyền thanh vào lúc nào?", List.of("Buổi sáng (6 giờ)", "Buổi trưa (11 giờ)", "Buổi chiều (17 giờ 30)"), null),
                new vn.nguon.feedback.domain.SurveyQuestion(vn.nguon.feedback.domain.SurveyQuestion.Kind.MULTIPLE,
                        "Bạn muốn nghe thêm nội dung gì?", List.of("Thời tiết, thiên tai", "Giá nông sản", "Chính sách, pháp luật", "Văn hóa, văn nghệ"), null),
                new vn.nguon.feedback.domain.SurveyQuestion(vn.nguon.feedback.domain.SurveyQuestion.Kind.SCALE,
                        "Bạn hài lòng với chương trình phát thanh ở mức nào?", List.of(), 5),
                new vn.nguon.feedback.domain.SurveyQuestion(vn.nguon.feedback.domain.SurveyQuestion.Kind.TEXT, "Góp ý khác", List.of(), null)),
                "binhlu.canbo", now);
        s.publish();
        em.persist(s);
        em.flush();
        java.util.Random r = new java.util.Random(7);
        String[] notes = {"Nên phát thêm bản tin tiếng Mông", "Loa ở bản Thẳm nhỏ quá", "Phát giá lúa, giá ngô hằng tuần"};
        for (int i = 0; i < 12; i++) {
            List<vn.nguon.feedback.domain.SurveyResponse.Answer> answers = new java.util.ArrayList<>(List.of(
                    new vn.nguon.feedback.domain.SurveyResponse.Answer(0, List.of(r.nextInt(3)), null, null),
                    new vn.nguon.feedback.domain.SurveyResponse.Answer(1, List.of(r.nextInt(2), 2 + r.nextInt(2)), null, null),
                    new vn.nguon.feedback.domain.SurveyResponse.Answer(2, List.of(), 2 + r.nextInt(4), null)));
            if (i < notes.length) {
                answers.add(new vn.nguon.feedback.domain.SurveyResponse.Answer(3, List.of(), null, notes[i]));
            }
            em.persist(new vn.nguon.feedback.domain.SurveyResponse(s.id(), "demo-" + i, null, answers, now.minus(Duration.ofHours(60 - i))));
        }
    }

    private static void step(EntityManager em, Feedback f, Feedback.Step step, String by, Instant at, String detail) {
        em.persist(new FeedbackEvent(f.id(), step, f.handlingUnit(), detail, by, at));
    }
}
