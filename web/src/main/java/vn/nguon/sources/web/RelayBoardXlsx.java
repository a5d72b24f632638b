package vn.nguon.sources.web;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import vn.nguon.sources.application.RelayBoard;
import vn.nguon.web.Times;

import java.util.ResourceBundle;

/**
 * The tracking board of a mandatory relay as an XLSX workbook, in the reader's language: a sheet of the
 * communes (state, relay, plays, devices, villages) under a heading that says what was required, and a
 * sheet of the provinces summed. Cells are values, not formulas.
 */
public final class RelayBoardXlsx {

    private RelayBoardXlsx() {
    }

    public static byte[] write(RelayBoard b, ResourceBundle m) {
        return vn.nguon.web.Workbooks.xlsx((wb, bold) -> {
            Sheet s = wb.createSheet(m.getString("relays.sheet.communes"));
            int r = 0;
            cell(s.createRow(r++), 0, b.title(), bold);
            cell(s.createRow(r++), 0, java.text.MessageFormat.format(m.getString("relays.requirement"), b.minPlays(),
                    Times.day(b.from()), Times.day(b.to())) + " — " + b.ownerName(), null);
            r++;
            Row h = s.createRow(r++);
            String[] heads = {"relays.col.province", "relays.col.commune", "relays.col.state", "relays.col.bulletin",
                    "relays.col.next", "relays.col.plays", "relays.col.devices", "relays.col.villages"};
            for (int i = 0; i < heads.length; i++) {
                cell(h, i, m.getString(heads[i]), bold);
            }
            for (RelayBoard.Row x : b.rows()) {
                Row row = s.createRow(r++);
                cell(row, 0, x.provinceName(), null);
                cell(row, 1, x.communeName(), null);
                cell(row, 2, m.getString("relays.state." + x.state().name()), null);
                cell(row, 3, x.bulletinStatus() == null ? "" : m.getString("broadcast.status." + x.bulletinStatus()), null);
                cell(row, 4, Times.minutes(x.nextSlotAt()), null);
                row.createCell(5).setCellValue(x.plays());
                row.createCell(6).setCellValue(x.devices());
                row.createCell(7).setCellValue(x.villages());
            }
            for (int i = 0; i < heads.length; i++) {
                s.setColumnWidth(i, i < 2 ? 28 * 256 : 16 * 256);
            }
            Sheet p = wb.createSheet(m.getString("relays.sheet.provinces"));
            Row ph = p.createRow(0);
            String[] pheads = {"relays.col.province", "relays.col.communes", "relays.state.DONE", "relays.state.SCHEDULED",
                    "relays.state.NOT_YET", "relays.state.LATE"};
            for (int i = 0; i < pheads.length; i++) {
                cell(ph, i, m.getString(pheads[i]), bold);
            }
            int pr = 1;
            for (RelayBoard.ProvinceRow x : b.provinces()) {
                Row row = p.createRow(pr++);
                cell(row, 0, x.provinceName(), null);
                row.createCell(1).setCellValue(x.communes());
                row.createCell(2).setCellValue(x.done());
                row.createCell(3).setCellValue(x.scheduled());
                row.createCell(4).setCellValue(x.notYet());
                row.createCell(5).setCellValue(x.late());
            }
            p.setColumnWidth(0, 28 * 256);
        });
    }

    private static void cell(Row row, int i, String text, CellStyle style) {
        var c = row.createCell(i);
        c.setCellValue(text);
        if (style != null) {
            c.setCellStyle(style);
        }
    }
}
