package vn.nguon.broadcast.web;

import vn.nguon.broadcast.application.DeliveryView;
import vn.nguon.broadcast.domain.Schedule;


import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.ResourceBundle;

import static vn.nguon.web.CsvCells.cell;

/**
 * The broadcast log (nhật ký phát thanh) as CSV for spreadsheets: UTF-8 with BOM, Vietnam time, headers and
 * values (priority, language, outcome) in the reader's language from the message bundles — never a code.
 * The received / playing / ended times are the device's; the last column is when Nguồn recorded the outcome.
 */
public final class BroadcastLogCsv {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(Schedule.ZONE);

    private BroadcastLogCsv() {
    }

    public static String write(List<DeliveryView> rows, ResourceBundle text) {
        StringBuilder b = new StringBuilder("\uFEFF");
        b.append(text.getString("csv.log.header")).append("\r\n");
        for (DeliveryView d : rows) {
            b.append(String.join(",", time(d.slotAt()), String.valueOf(d.bulletinId()), cell(d.bulletinTitle()),
                    String.valueOf(d.revision()), cell(label(text, "broadcast.priority.", d.priority())),
                    cell(label(text, "broadcast.language.", d.language())), cell(d.unitName()), cell(d.deviceName()),
                    d.deviceId(), cell(d.village()), cell(label(text, "delivery.state.", d.state())), cell(d.reason()),
                    time(d.receivedAt()), time(d.playingAt()), time(d.endedAt()), time(d.recordedAt()))).append("\r\n");
        }
        return b.toString();
    }

    private static String label(ResourceBundle text, String prefix, String code) {
        return code == null ? "" : text.containsKey(prefix + code) ? text.getString(prefix + code) : code;
    }

    private static String time(Instant t) {
        return t == null ? "" : TIME.format(t);
    }
}
