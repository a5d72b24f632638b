package vn.nguon.feedback.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.primefaces.model.StreamedContent;
import vn.nguon.feedback.application.FeedbackStatistics;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.web.Messages;
import vn.nguon.web.RefusalPage;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Thống kê phản ánh ({@code feedback/stats.xhtml?unit=&from=&to=}): for the caller's unit or one below it — the
 * province per commune, the ministry per province (each row opens the unit below), and per category — received,
 * answered, on time, overdue, satisfied, over a period; downloadable as XLSX.
 */
@Named
@ViewScoped
public class FeedbackStatsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FeedbackStatistics statistics;

    private String unit;
    private LocalDate from;
    private LocalDate to;
    private FeedbackStatistics.Statistics stats;

    /** Called by f:viewAction once the view parameters are set. */
    public void init() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        if (to == null) {
            to = today;
        }
        if (from == null) {
            from = to.withDayOfYear(1);
        }
        load();
    }

    public void load() {
        try {
            stats = statistics.of(unit, from, to, Messages.language());
        } catch (ValidationFailedException e) {
            Messages.violations(e.violations(), f -> "feedback.stats." + f);
        } catch (AccessRefusedException | EJBAccessException e) {
            RefusalPage.refused();
        }
    }

    public StreamedContent getXlsx() {
        return vn.nguon.web.Workbooks.download("phan-anh-" + stats.unit() + "-" + stats.from() + "-" + stats.to() + ".xlsx",
                xlsx(stats, Messages.bundle()));
    }

    static byte[] xlsx(FeedbackStatistics.Statistics s, ResourceBundle m) {
        return vn.nguon.web.Workbooks.xlsx((wb, bold) -> {
            if (!s.byUnit().isEmpty()) {
                sheet(wb, m.getString("feedback.stats.byUnit"), s, s.byUnit(), m, bold);
            }
            sheet(wb, m.getString("feedback.stats.byCategory"), s, s.byCategory(), m, bold);
        });
    }

    private static void sheet(XSSFWorkbook wb, String name, FeedbackStatistics.Statistics s, List<FeedbackStatistics.StatRow> rows, ResourceBundle m,
                              CellStyle bold) {
        Sheet sheet = wb.createSheet(name);
        Row title = sheet.createRow(0);
        title.createCell(0).setCellValue(s.unitName() + " — " + vn.nguon.web.Times.day(s.from()) + " – " + vn.nguon.web.Times.day(s.to()));
        title.getCell(0).setCellStyle(bold);
        String[] heads = {"feedback.stats.name", "feedback.stats.received", "feedback.stats.answered", "feedback.stats.onTime",
                "feedback.stats.overdue", "feedback.stats.rated", "feedback.stats.satisfied", "feedback.stats.onTimePercent",
                "feedback.stats.satisfiedPercent"};
        Row h = sheet.createRow(2);
        for (int i = 0; i < heads.length; i++) {
            h.createCell(i).setCellValue(m.getString(heads[i]));
            h.getCell(i).setCellStyle(bold);
        }
        int r = 3;
        for (FeedbackStatistics.StatRow x : rows) {
            write(sheet.createRow(r++), x, false, bold);
        }
        write(sheet.createRow(r), s.total(), true, bold);
        sheet.setColumnWidth(0, 34 * 256);
    }

    private static void write(Row row, FeedbackStatistics.StatRow x, boolean total, CellStyle bold) {
        row.createCell(0).setCellValue(x.name());
        long[] v = {x.received(), x.answered(), x.onTime(), x.overdue(), x.rated(), x.satisfied(), x.onTimePercent(), x.satisfiedPercent()};
        for (int i = 0; i < v.length; i++) {
            row.createCell(i + 1).setCellValue(v[i]);
        }
        if (total) {
            row.getCell(0).setCellStyle(bold);
        }
    }

    public String day(LocalDate d) {
        return vn.nguon.web.Times.day(d);
    }

    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }
    public FeedbackStatistics.Statistics getStats() { return stats; }
}
