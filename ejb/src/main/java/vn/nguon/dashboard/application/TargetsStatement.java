package vn.nguon.dashboard.application;

import vn.nguon.dashboard.domain.Activity;
import vn.nguon.dashboard.domain.Indicator;
import vn.nguon.documents.application.Statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A dashboard as the official "Báo cáo tình hình thực hiện mục tiêu" a leader signs: the figures the screen shows,
 * in the words of an official report (always Vietnamese, whatever the screen's language) — each indicator against
 * its targets, what the devices did, how many units below meet each target; the annexes: the indicators, and the
 * units below.
 */
final class TargetsStatement {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The indicators in an official report's words. */
    static final Map<Indicator, String> LABELS = new EnumMap<>(Map.ofEntries(
            Map.entry(Indicator.RADIO_ALL_VILLAGES, "Xã có hệ thống truyền thanh hoạt động đến tất cả các thôn"),
            Map.entry(Indicator.EBOARD_COMMUNES, "Xã có bảng tin điện tử công cộng"),
            Map.entry(Indicator.EBOARD_WARDS, "Phường có bảng tin điện tử công cộng"),
            Map.entry(Indicator.WEBSITE, "Xã có trang thông tin điện tử"),
            Map.entry(Indicator.IP_STATIONS, "Đài truyền thanh cấp xã đã chuyển sang ứng dụng công nghệ thông tin – viễn thông"),
            Map.entry(Indicator.IP_VILLAGES, "Thôn có cụm loa ứng dụng công nghệ thông tin – viễn thông"),
            Map.entry(Indicator.STAFF_TRAINED, "Người làm công tác thông tin cơ sở được bồi dưỡng, tập huấn"),
            Map.entry(Indicator.FEEDBACK_PROCESSED, "Phản ánh, kiến nghị của người dân được xử lý (12 tháng)"),
            Map.entry(Indicator.DEVICES_ONLINE, "Thiết bị đang hoạt động trực tuyến"),
            Map.entry(Indicator.DEVICE_AVAILABILITY, "Thời gian thiết bị hoạt động trực tuyến")));

    private TargetsStatement() {
    }

    static String title(Dashboards.Dashboard d, LocalDate today) {
        return "Tình hình thực hiện mục tiêu phát triển thông tin cơ sở"
                + (d.periodName() != null ? " — " + d.periodName() : " đến ngày " + DAY.format(today));
    }

    static String percent(BigDecimal v) {
        return v == null ? "chưa có số liệu" : v.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    static String hours(BigDecimal h) {
        return h.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    static Statement compose(Dashboards.Dashboard d, LocalDate today) {
        List<Statement.Part> parts = new ArrayList<>();
        StringBuilder results = new StringBuilder();
        int reported = d.self().communesReported(), communes = d.self().communes();
        results.append("Số liệu tổng hợp từ báo cáo đã được chấp nhận ")
                .append(d.periodName() != null ? "của kỳ " + d.periodName() : "gần nhất của từng xã")
                .append(" (").append(reported).append("/").append(communes).append(" xã, phường, đặc khu có báo cáo) và từ dữ liệu của hệ thống "
                        + "Nguồn đến ngày ").append(DAY.format(today)).append(".");
        for (Dashboards.Card c : d.cards()) {
            results.append("\n- ").append(LABELS.get(c.indicator())).append(": ").append(percent(c.value()));
            if (c.denominator() > 0) {
                results.append(" (").append(c.numerator()).append("/").append(c.denominator());
                if (c.partial()) {
                    results.append("; số liệu của ").append(c.counted()).append("/").append(c.communes()).append(" xã");
                }
                results.append(")");
            }
            if (c.targets().isEmpty()) {
                results.append("; theo dõi, không đặt mục tiêu.");
            } else {
                results.append("; ").append(String.join("; ", c.targets().stream()
                        .map(t -> "mục tiêu " + t.text() + ": " + (t.met() ? "đạt" : "chưa đạt")).toList())).append(".");
            }
        }
        parts.add(new Statement.Part("I. KẾT QUẢ THỰC HIỆN CÁC MỤC TIÊU", results.toString()));

        Activity a = d.self().activity();
        String activity = "Từ ngày " + DAY.format(d.activityFrom()) + " đến ngày " + DAY.format(d.activityTo()) + ", theo nhật ký phát thanh và tín hiệu "
                + "của thiết bị: " + (a.recorded()
                ? a.broadcasts() + " lượt phát với " + hours(a.airHours()) + " giờ phát sóng, trong đó " + a.relays()
                + " lượt tiếp sóng thông tin nguồn (" + hours(a.relayHours()) + " giờ); thiết bị hoạt động trực tuyến "
                + percent(a.availability()) + " thời gian; " + hours(a.fmHours()) + " giờ chạy FM dự phòng."
                : "chưa có thiết bị hoặc lượt phát nào.");
        parts.add(new Statement.Part("II. HOẠT ĐỘNG CỦA HỆ THỐNG TRUYỀN THANH, BẢNG TIN", activity));

        List<Statement.Table> tables = new ArrayList<>();
        List<Statement.Row> indicators = new ArrayList<>();
        for (Dashboards.Card c : d.cards()) {
            Dashboards.TargetView current = Dashboards.currentView(c.targets(), today.getYear());
            indicators.add(new Statement.Row(LABELS.get(c.indicator()), "%", List.of(percent(c.value()),
                    current == null ? "—" : current.text() + (current.met() ? " — đạt" : " — chưa đạt"))));
        }
        tables.add(new Statement.Table("KẾT QUẢ CÁC CHỈ TIÊU", List.of("Kết quả", "Mục tiêu hiện hành"), indicators));

        if (!d.rows().isEmpty()) {
            StringBuilder below = new StringBuilder("Số đơn vị trực thuộc đạt mục tiêu hiện hành:");
            for (Dashboards.Card c : d.cards()) {
                if (!c.targets().isEmpty()) {
                    below.append("\n- ").append(LABELS.get(c.indicator())).append(": ").append(c.unitsMeeting()).append("/")
                            .append(d.rows().size()).append(" đơn vị (").append(c.unitsWithData()).append(" đơn vị có số liệu).");
                }
            }
            parts.add(new Statement.Part("III. CÁC ĐƠN VỊ TRỰC THUỘC", below.toString()));
            List<Statement.Row> rows = new ArrayList<>();
            for (Dashboards.Row r : d.rows()) {
                long green = r.statuses().values().stream().filter(s -> s == Dashboards.Status.GREEN).count();
                long targeted = r.statuses().values().stream().filter(s -> s != Dashboards.Status.NONE).count();
                rows.add(new Statement.Row(r.name(), "", List.of(green + "/" + targeted, r.communesReported() + "/" + r.communes())));
            }
            tables.add(new Statement.Table("SỐ LIỆU CÁC ĐƠN VỊ TRỰC THUỘC", List.of("Chỉ tiêu đạt mục tiêu", "Xã có báo cáo"), rows));
        }
        return new Statement(title(d, today), parts, tables);
    }
}
