package vn.nguon.demo;

import jakarta.persistence.EntityManager;
import vn.nguon.audit.domain.AuditEvent;
import vn.nguon.sources.domain.RelayRequirement;
import vn.nguon.sources.domain.SourceData;
import vn.nguon.sources.domain.SourceItem;
import vn.nguon.sources.domain.SourceRevision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The demo's source library: items of the ministry and of Lai Châu as their staff would write them —
 * most published for every unit below, one for Bình Lư alone, a draft waiting for the province's leader,
 * one withdrawn with its reason; a mandatory relay whose window has ended with every commune late (the
 * device simulator of {@code nguon.sh run} adds one in progress that Bình Lư relays). Audited as the demo data ({@code demo-data}).
 */
final class DemoSources {

    private DemoSources() {
    }

    private record Entry(String owner, String field, String title, String summary, String body, List<String> tags, String state,
                         List<String> targets) {
        Entry(String owner, String field, String title, String summary, String body, List<String> tags) {
            this(owner, field, title, summary, body, tags, "PUBLISHED", List.of());
        }
    }

    private static final List<Entry> ENTRIES = List.of(
            new Entry("BVHTTDL", "phap-luat", "Luật Phòng, chống ma túy: những điều người dân cần biết",
                    "Các hành vi bị nghiêm cấm và trách nhiệm của gia đình, cộng đồng trong phòng, chống ma túy.",
                    "Luật Phòng, chống ma túy nghiêm cấm trồng cây có chứa chất ma túy, sản xuất, tàng trữ, vận chuyển, mua bán trái phép chất ma túy. "
                            + "Gia đình có trách nhiệm giáo dục, quản lý con em; phát hiện người sử dụng trái phép chất ma túy thì báo ngay cho Công an xã.",
                    List.of("ma túy", "pháp luật")),
            new Entry("BVHTTDL", "chinh-sach", "Chính sách hỗ trợ đồng bào dân tộc thiểu số và miền núi giai đoạn 2026 – 2030",
                    "Những nội dung chính của Chương trình mục tiêu quốc gia phát triển kinh tế – xã hội vùng đồng bào dân tộc thiểu số.",
                    "Chương trình hỗ trợ đất ở, nhà ở, nước sinh hoạt, chuyển đổi nghề; đào tạo nghề và giải quyết việc làm cho thanh niên; "
                            + "bảo tồn, phát huy giá trị văn hóa truyền thống của các dân tộc.",
                    List.of("dân tộc thiểu số", "chính sách")),
            new Entry("BVHTTDL", "thien-tai", "Hướng dẫn phòng chống bão, áp thấp nhiệt đới",
                    "Những việc mỗi hộ gia đình cần làm trước, trong và sau khi bão đổ bộ.",
                    "Trước bão: gia cố nhà cửa, chằng chống mái tôn, chặt tỉa cành cây gần nhà, dự trữ lương thực, nước uống, thuốc men, đèn pin. "
                            + "Trong bão: không ra khỏi nhà, không đi qua ngầm tràn, sông suối; tránh xa cột điện. "
                            + "Sau bão: kiểm tra an toàn điện, vệ sinh môi trường, báo ngay thiệt hại cho UBND xã.",
                    List.of("bão", "phòng chống thiên tai")),
            new Entry("BVHTTDL", "thien-tai", "Nhận biết dấu hiệu lũ quét, sạt lở đất",
                    "Các dấu hiệu báo trước lũ quét, sạt lở đất ở vùng núi và cách sơ tán an toàn.",
                    "Nước suối đột ngột đục, có nhiều cây cỏ trôi; có tiếng động lạ từ trên núi; vết nứt trên sườn đồi, nhà cửa; "
                            + "cây cối nghiêng đổ. Khi thấy dấu hiệu, báo ngay cho trưởng bản và di chuyển đến nơi an toàn theo hướng dẫn.",
                    List.of("lũ quét", "sạt lở", "phòng chống thiên tai")),
            new Entry("BVHTTDL", "y-te", "Phòng chống sốt xuất huyết trong mùa mưa",
                    "Diệt lăng quăng, bọ gậy; ngủ màn; đến trạm y tế khi sốt cao.",
                    "Mỗi tuần một lần đậy kín dụng cụ chứa nước, thả cá diệt bọ gậy, thu dọn vật dụng phế thải quanh nhà. "
                            + "Ngủ màn cả ban ngày. Khi sốt cao liên tục hai đến bảy ngày, phải đến ngay trạm y tế xã, không tự ý truyền dịch.",
                    List.of("sốt xuất huyết", "y tế")),
            new Entry("BVHTTDL", "y-te", "Tiêm chủng mở rộng: bảo vệ trẻ em khỏi bệnh sởi",
                    "Lịch tiêm vắc xin sởi cho trẻ 9 tháng và 18 tháng tuổi tại trạm y tế xã.",
                    "Bệnh sởi lây qua đường hô hấp, dễ gây biến chứng viêm phổi. Cha mẹ đưa trẻ đi tiêm đủ hai mũi vắc xin sởi theo lịch "
                            + "của trạm y tế xã; mang theo sổ tiêm chủng.",
                    List.of("tiêm chủng", "sởi", "trẻ em")),
            new Entry("BVHTTDL", "chuyen-doi-so", "Cài đặt và sử dụng ứng dụng định danh điện tử VNeID",
                    "Các bước kích hoạt tài khoản định danh điện tử mức 2 và những dịch vụ công dùng được.",
                    "Người dân mang căn cước đến Công an xã để đăng ký tài khoản định danh điện tử mức 2; cài ứng dụng VNeID trên điện thoại, "
                            + "kích hoạt bằng mã gửi qua tin nhắn. Không cung cấp mã kích hoạt cho bất kỳ ai.",
                    List.of("VNeID", "chuyển đổi số")),
            new Entry("BVHTTDL", "an-ninh", "Cảnh giác với lừa đảo qua mạng và điện thoại",
                    "Các thủ đoạn lừa đảo thường gặp và cách phòng tránh.",
                    "Kẻ gian giả danh công an, ngân hàng, nhân viên điện lực gọi điện yêu cầu chuyển tiền hoặc cung cấp mã OTP. "
                            + "Không chuyển tiền, không bấm vào đường link lạ; báo ngay cho Công an xã khi nghi ngờ.",
                    List.of("lừa đảo", "an ninh mạng")),
            new Entry("BVHTTDL", "van-hoa-xa-hoi", "Xây dựng gia đình văn hóa, thôn bản văn hóa",
                    "Tiêu chuẩn gia đình văn hóa và phong trào Toàn dân đoàn kết xây dựng đời sống văn hóa.",
                    "Gia đình văn hóa gương mẫu chấp hành chủ trương, chính sách; hòa thuận, tiến bộ; giữ gìn vệ sinh môi trường; "
                            + "tham gia các hoạt động của thôn bản.",
                    List.of("gia đình văn hóa")),
            new Entry("BVHTTDL", "giao-duc", "Vận động trẻ em trong độ tuổi đến trường",
                    "Trách nhiệm của gia đình trong việc cho con đi học đúng độ tuổi.",
                    "Trẻ em 6 tuổi vào lớp 1; không để trẻ bỏ học đi làm. Gia đình khó khăn liên hệ nhà trường và UBND xã để được hỗ trợ.",
                    List.of("giáo dục", "trẻ em")),
            new Entry("BVHTTDL", "phap-luat", "Luật Đất đai 2024: cấp giấy chứng nhận quyền sử dụng đất",
                    "Những trường hợp được cấp giấy chứng nhận và thủ tục tại UBND xã.",
                    "Hộ gia đình, cá nhân đang sử dụng đất ổn định, không có tranh chấp được xem xét cấp giấy chứng nhận. "
                            + "Hồ sơ nộp tại bộ phận một cửa của UBND xã.",
                    List.of("đất đai", "pháp luật"), "DRAFT", List.of()),
            new Entry("12", "thien-tai", "Lai Châu: chủ động ứng phó mưa lớn, lũ quét tại các xã vùng cao",
                    "Tỉnh yêu cầu các xã rà soát khu dân cư ven suối, sườn đồi có nguy cơ sạt lở.",
                    "UBND tỉnh Lai Châu đề nghị các xã rà soát các hộ ở ven suối, sườn đồi; tổ chức di dời khi có mưa lớn kéo dài; "
                            + "không để người dân đi qua ngầm tràn khi nước lên. Các xã báo cáo tình hình về Ban Chỉ huy phòng chống thiên tai tỉnh.",
                    List.of("lũ quét", "Lai Châu")),
            new Entry("12", "nong-nghiep", "Phòng chống rét cho trâu bò trong mùa đông",
                    "Che chắn chuồng trại, dự trữ thức ăn, không thả rông gia súc khi trời rét đậm.",
                    "Khi nhiệt độ dưới 12 độ C, không thả trâu bò lên núi cao; che chắn chuồng trại, lót ổ rơm khô; "
                            + "cho gia súc uống nước ấm pha muối; dự trữ rơm, cỏ khô đủ dùng cho cả mùa rét.",
                    List.of("rét đậm", "chăn nuôi")),
            new Entry("12", "nong-nghiep", "Kỹ thuật trồng và chăm sóc chè Shan tuyết",
                    "Hướng dẫn kỹ thuật canh tác chè an toàn cho vùng chè Tam Đường, Sìn Hồ.",
                    "Bón phân hữu cơ hoai mục vào đầu mùa mưa; hái chè đúng kỹ thuật một tôm hai lá; không phun thuốc trừ sâu gần ngày thu hái.",
                    List.of("chè", "Shan tuyết")),
            new Entry("12", "y-te", "Lai Châu: cấp thẻ bảo hiểm y tế cho đồng bào vùng khó khăn",
                    "Đối tượng được Nhà nước đóng bảo hiểm y tế và nơi nhận thẻ.",
                    "Người dân tộc thiểu số sống ở xã có điều kiện kinh tế – xã hội đặc biệt khó khăn được cấp thẻ bảo hiểm y tế miễn phí; "
                            + "nhận thẻ tại UBND xã, mang theo căn cước.",
                    List.of("bảo hiểm y tế")),
            new Entry("12", "an-ninh", "Phòng chống mua bán người vùng biên giới",
                    "Thủ đoạn dụ dỗ lao động sang biên giới và cách phòng tránh.",
                    "Kẻ xấu hứa hẹn việc làm lương cao bên kia biên giới rồi bán người. Không nghe theo người lạ; đi làm ăn xa phải báo "
                            + "chính quyền xã và gia đình; báo ngay cho Đồn Biên phòng khi phát hiện nghi vấn.",
                    List.of("mua bán người", "biên giới")),
            new Entry("12", "van-hoa-xa-hoi", "Lễ hội Then Kin Pang năm 2026",
                    "Thông tin lễ hội truyền thống của đồng bào Thái huyện Than Uyên.",
                    "Lễ hội diễn ra từ ngày mùng 10 đến 12 tháng Hai âm lịch với các nghi lễ cầu mưa thuận gió hòa, "
                            + "thi dệt thổ cẩm, ném còn, kéo co.",
                    List.of("lễ hội", "dân tộc Thái")),
            new Entry("12", "chinh-sach", "Hỗ trợ chuyển đổi cây trồng trên đất lúa kém hiệu quả",
                    "Mức hỗ trợ giống, phân bón khi chuyển sang trồng cây ăn quả, mắc ca.",
                    "Hộ gia đình chuyển đổi được hỗ trợ 50% giá giống và phân bón năm đầu; đăng ký với UBND xã trước ngày 31/3.",
                    List.of("chuyển đổi cây trồng", "mắc ca")),
            new Entry("12", "bau-cu", "Tuyên truyền bầu cử đại biểu Hội đồng nhân dân các cấp",
                    "Quyền và nghĩa vụ của cử tri, thời gian và địa điểm bỏ phiếu.",
                    "Công dân đủ 18 tuổi có quyền bầu cử; mỗi cử tri tự mình đi bầu, không bầu thay. Kiểm tra tên trong danh sách cử tri "
                            + "niêm yết tại nhà văn hóa thôn bản.",
                    List.of("bầu cử")),
            new Entry("12", "thien-tai", "Bình Lư: di dời các hộ ở khu vực nguy cơ sạt lở bản Thẳm",
                    "Kế hoạch di dời tạm thời 14 hộ dân khi có mưa lớn.",
                    "Khi mưa lớn trên 100 mm, 14 hộ dân bản Thẳm di chuyển tạm thời đến nhà văn hóa bản theo hướng dẫn của tổ xung kích.",
                    List.of("sạt lở", "Bình Lư"), "PUBLISHED", List.of("03390")),
            new Entry("12", "nong-nghiep", "Phòng bệnh lở mồm long móng cho gia súc",
                    "Tiêm phòng vắc xin đợt 1 năm 2027.",
                    "Các xã tổ chức tiêm phòng lở mồm long móng cho trâu, bò, lợn từ ngày 1 đến 30 tháng 3.",
                    List.of("thú y", "tiêm phòng"), "DRAFT", List.of()),
            new Entry("12", "y-te", "Lịch khám sàng lọc bệnh lao tháng 11",
                    "Đoàn khám lưu động của tỉnh tại các xã Sìn Hồ.",
                    "Lịch khám đã thay đổi, xem thông báo mới.",
                    List.of("lao"), "WITHDRAWN", List.of()));

    /** What e-bulletin boards show of some items (the first also has a picture). */
    private static final java.util.Map<String, String> BOARDS = java.util.Map.of(
            "Phòng chống rét cho trâu bò trong mùa đông", "Rét đậm dưới 12°C: che chắn chuồng trại, giữ ấm trâu bò, không thả rông gia súc",
            "Hướng dẫn phòng chống bão, áp thấp nhiệt đới", "Khi có bão: không ra khỏi nhà, không qua ngầm tràn, tránh xa cột điện",
            "Phòng chống sốt xuất huyết trong mùa mưa", "Diệt bọ gậy mỗi tuần – ngủ màn cả ban ngày – sốt cao đến ngay trạm y tế");

    /** Writes the library, audited as the system; returns how many items. Some are read aloud by {@code speech}. */
    static int seed(EntityManager em, Instant now, LocalDate today, vn.nguon.broadcast.application.SpeechSynthesizer speech) {
        for (Entry e : ENTRIES) {
            String by = e.owner().equals("BVHTTDL") ? "bo.canbo" : "laichau.canbo";
            String leader = e.owner().equals("BVHTTDL") ? "bo.lanhdao" : "laichau.lanhdao";
            List<SourceData.Version> versions = List.of();
            String board = BOARDS.get(e.title());
            Long picture = null;
            if (board != null) {
                // ready-to-air audio read by the speech engine from the summary, as a writer would with the page's button
                Long media = tts(em, speech, e.owner(), e.summary(), by, now);
                versions = List.of(new SourceData.Version("vi", e.summary(), media, List.of()));
                if (e.title().startsWith("Phòng chống rét")) {
                    picture = picture(em, e.owner(), by, now);
                }
            }
            SourceItem item = new SourceItem(e.owner(), new SourceData(e.title(), e.summary(), e.body(), e.field(), e.tags(),
                    today.minusDays(7), e.field().equals("thien-tai") ? today.plusDays(60) : null, e.targets(), List.of("vi"),
                    versions, board, picture, List.of()), by, now);
            if (!e.state().equals("DRAFT")) {
                item.approve(leader, now);
                item.publish(by, now);
            }
            if (e.state().equals("WITHDRAWN")) {
                item.withdraw(by, "Lịch khám đã thay đổi", now);
            }
            em.persist(item);
            em.flush();
            em.persist(new SourceRevision(item, by, now));
            em.persist(new AuditEvent(now, "demo-data", "system", e.owner(), "source", String.valueOf(item.id()), "create", null,
                    item.status().name(), item.title()));
            if (e.title().startsWith("Lai Châu: cấp thẻ bảo hiểm y tế")) {
                // a mandatory relay whose window has ended: nobody relayed it, every commune is late
                em.persist(new RelayRequirement(item.id(), 1, today.minusDays(7), today.minusDays(2), by, now));
            }
        }
        return ENTRIES.size();
    }

    /** The text read aloud and stored as the owner's audio; none when the machine has no voice. */
    private static Long tts(EntityManager em, vn.nguon.broadcast.application.SpeechSynthesizer speech, String owner, String text,
                            String by, Instant now) {
        try {
            if (speech == null || !speech.speaks("vi")) {
                return null;
            }
            byte[] wav = speech.wav(text, "vi");
            vn.nguon.broadcast.domain.Media m = new vn.nguon.broadcast.domain.Media(owner,
                    vn.nguon.broadcast.domain.AudioCheck.check(wav, 30L * 1024 * 1024, 30 * 60_000L),
                    vn.nguon.broadcast.domain.Media.Source.TTS, "tts-vi.wav", wav, by, now);
            em.persist(m);
            em.flush();
            return m.id();
        } catch (RuntimeException ex) {
            return null; // the demo goes on without audio: the loudspeakers read the text
        }
    }

    /** A picture for the boards: a winter sky over a byre, drawn (no text, so no font needed). */
    private static Long picture(EntityManager em, String owner, String by, Instant now) {
        java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(960, 540, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = img.createGraphics();
        try {
            g.setPaint(new java.awt.GradientPaint(0, 0, new java.awt.Color(0x1E3A5F), 0, 540, new java.awt.Color(0x9CC3E6)));
            g.fillRect(0, 0, 960, 540);
            g.setColor(new java.awt.Color(0x6B4F2A));
            g.fillRect(300, 300, 360, 200);
            g.setColor(new java.awt.Color(0x8B2E1F));
            g.fillPolygon(new int[]{270, 480, 690}, new int[]{310, 190, 310}, 3);
            g.setColor(java.awt.Color.WHITE);
            g.setStroke(new java.awt.BasicStroke(4));
            java.util.Random r = new java.util.Random(12);
            for (int i = 0; i < 40; i++) {
                int x = r.nextInt(960);
                int y = r.nextInt(300);
                g.drawLine(x - 8, y, x + 8, y);
                g.drawLine(x, y - 8, x, y + 8);
            }
        } finally {
            g.dispose();
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(img, "png", out);
        } catch (java.io.IOException ex) {
            return null;
        }
        vn.nguon.shared.files.StoredFile f = new vn.nguon.shared.files.StoredFile(owner,
                vn.nguon.shared.files.FileCheck.check(vn.nguon.shared.files.StoredFile.Kind.IMAGE, "ret-dam.png", out.toByteArray(),
                        30L * 1024 * 1024), by, now);
        em.persist(f);
        em.flush();
        return f.id();
    }
}
