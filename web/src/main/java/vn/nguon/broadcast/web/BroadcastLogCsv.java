package vn.nguon.broadcast.web;

import vn.nguon.broadcast.application.DeliveryView;
import vn.nguon.broadcast.domain.Schedule;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The broadcast log (nhật ký phát thanh) as CSV for spreadsheets: UTF-8 with BOM, Vietnamese headers, Vietnam time.
 * The received / playing / ended times are the device's; the last column is when Nguồn recorded the outcome.
 */
public final class BroadcastLogCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Schedule.ZONE);

    private BroadcastLogCsv() {
    }

    public static String write(List<DeliveryView> rows) {
        StringBuilder b = new StringBuilder("\uFEFF");
        b.append("Giờ phát,Mã bản tin,Bản tin,Lần sửa,Mức ưu tiên,Ngôn ngữ,Đơn vị,Thiết bị,Mã thiết bị,Thôn/bản,Kết quả,Lý do,Nhận lúc,Bắt đầu phát,Kết thúc,Hệ thống ghi nhận lúc\r\n");
        for (DeliveryView d : rows) {
            b.append(String.join(",", time(d.slotAt()), String.valueOf(d.bulletinId()), cell(d.bulletinTitle()),
                    String.valueOf(d.revision()), d.priority(), d.language(), cell(d.unitName()), cell(d.deviceName()),
                    d.deviceId(), cell(d.village()), d.state(), cell(d.reason()), time(d.receivedAt()), time(d.playingAt()),
                    time(d.endedAt()), time(d.recordedAt()))).append("\r\n");
        }
        return b.toString();
    }

    private static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }

    /** Quoted when needed; a leading = + - @ is neutralised so that spreadsheets do not run it. */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        String v = s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
