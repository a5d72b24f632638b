package vn.nguon.dashboard.web;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.primefaces.model.StreamedContent;
import vn.nguon.dashboard.application.Dashboards;
import vn.nguon.dashboard.domain.Activity;
import vn.nguon.dashboard.domain.Indicator;
import vn.nguon.kernel.AccessRefusedException;
import vn.nguon.shared.Jsons;
import vn.nguon.web.Messages;
import vn.nguon.web.RefusalPage;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Mục tiêu thông tin cơ sở ({@code dashboard/index.xhtml?unit=}): opens on the caller's unit; for each indicator
 * the value, the targets and where it stands, how many units below meet it; a map of the units below coloured by
 * a chosen indicator and a table of them (each opens its own dashboard; a commune's links to its devices and
 * reports); the table as XLSX with the numbers the screen shows.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Dashboards dashboards;

    private String unit;
    private Long period;
    private Indicator indicator = Indicator.RADIO_ALL_VILLAGES;
    private Dashboards.Dashboard dashboard;

    /** Called by f:viewAction once the view parameters are set. */
    public void init() {
        load();
    }

    /** Loads the dashboard of the unit for the chosen period (none: each commune's latest accepted report). */
    public void load() {
        try {
            dashboard = dashboards.of(unit, period);
        } catch (vn.nguon.kernel.ValidationFailedException e) {
            period = null;
            Messages.violations(e.violations(), f -> "dashboard." + f);
            dashboard = dashboards.of(unit, null);
        } catch (AccessRefusedException | EJBAccessException e) {
            RefusalPage.refused();
        }
    }

    /** "83,3 %", or the words for nothing known. */
    public String percent(BigDecimal v) {
        return v == null ? Messages.text("dashboard.noData") : v.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }

    /** The map's colours and labels: {"12": "GREEN", …} and {"12": "83,3 %", …} for the chosen indicator. */
    public String getMapStatus() {
        jakarta.json.JsonObjectBuilder o = Jsons.PROVIDER.createObjectBuilder();
        dashboard.rows().forEach(r -> o.add(r.code(), r.statuses().get(indicator).name()));
        return o.build().toString();
    }

    public String getMapValues() {
        jakarta.json.JsonObjectBuilder o = Jsons.PROVIDER.createObjectBuilder();
        dashboard.rows().forEach(r -> o.add(r.code(), percent(r.values().get(indicator))));
        return o.build().toString();
    }

    public boolean isMapShown() {
        return dashboard != null && !dashboard.rows().isEmpty();
    }

    /** The reported indicators over the reporting periods, as a Chart.js line chart (one line per indicator, in per cent). */
    public String getTrendChart() {
        jakarta.json.JsonArrayBuilder labels = Jsons.PROVIDER.createArrayBuilder();
        dashboard.trend().forEach(p -> labels.add(p.period()));
        jakarta.json.JsonArrayBuilder sets = Jsons.PROVIDER.createArrayBuilder();
        String[] colours = {"#1f4e79", "#2e7d32", "#6a1b9a", "#b71c1c", "#ef6c00", "#00838f", "#5d4037"};
        int c = 0;
        for (Indicator i : Indicator.values()) {
            if (i.source() != Indicator.Source.REPORTED) {
                continue;
            }
            jakarta.json.JsonArrayBuilder data = Jsons.PROVIDER.createArrayBuilder();
            dashboard.trend().forEach(p -> {
                BigDecimal v = p.values().get(i);
                if (v == null) {
                    data.addNull();
                } else {
                    data.add(v);
                }
            });
            String colour = colours[c++ % colours.length];
            sets.add(Jsons.PROVIDER.createObjectBuilder().add("label", Messages.text("dashboard.short." + i)).add("data", data)
                    .add("borderColor", colour).add("backgroundColor", colour).add("spanGaps", true));
        }
        return Jsons.PROVIDER.createObjectBuilder().add("type", "line")
                .add("data", Jsons.PROVIDER.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add("options", Jsons.PROVIDER.createObjectBuilder()
                        .add("scales", Jsons.PROVIDER.createObjectBuilder().add("y", Jsons.PROVIDER.createObjectBuilder().add("min", 0).add("max", 100)))
                        .add("plugins", Jsons.PROVIDER.createObjectBuilder().add("legend", Jsons.PROVIDER.createObjectBuilder().add("position", "bottom"))))
                .build().toString();
    }

    private static final java.util.Map<Dashboards.Status, String> GAUGE_COLOURS = java.util.Map.of(Dashboards.Status.GREEN, "#2e7d32",
            Dashboards.Status.AMBER, "#f9a825", Dashboards.Status.RED, "#c62828", Dashboards.Status.GREY, "#bdbdbd",
            Dashboards.Status.NONE, "#78909c");

    /** A card's gauge: a Chart.js half doughnut, the value's share of 100 % in the colour of its status, the rest grey. */
    public String gauge(Dashboards.Card c) {
        double v = c.value() == null ? 0 : Math.max(0, Math.min(100, c.value().doubleValue()));
        return Jsons.PROVIDER.createObjectBuilder().add("type", "doughnut")
                .add("data", Jsons.PROVIDER.createObjectBuilder()
                        .add("labels", Jsons.PROVIDER.createArrayBuilder().add(Messages.text("dashboard.short." + c.indicator()))
                                .add(Messages.text("dashboard.gauge.rest")))
                        .add("datasets", Jsons.PROVIDER.createArrayBuilder().add(Jsons.PROVIDER.createObjectBuilder()
                                .add("data", Jsons.PROVIDER.createArrayBuilder().add(v).add(100 - v))
                                .add("backgroundColor", Jsons.PROVIDER.createArrayBuilder().add(GAUGE_COLOURS.get(c.status())).add("#e0e0e0"))
                                .add("borderWidth", 0))))
                .add("options", Jsons.PROVIDER.createObjectBuilder().add("rotation", -90).add("circumference", 180).add("cutout", "65%")
                        .add("maintainAspectRatio", false).add("animation", false)
                        .add("plugins", Jsons.PROVIDER.createObjectBuilder()
                                .add("legend", Jsons.PROVIDER.createObjectBuilder().add("display", false))
                                .add("tooltip", Jsons.PROVIDER.createObjectBuilder().add("enabled", false))))
                .build().toString();
    }

    public String day(java.time.LocalDate d) {
        return vn.nguon.web.Times.day(d);
    }

    /** Hours with one decimal, as officials write them ("12,5"). */
    public String hours(BigDecimal h) {
        return h.stripTrailingZeros().toPlainString().replace('.', ',');
    }

    public List<Indicator> getReportedIndicators() {
        return java.util.Arrays.stream(Indicator.values()).filter(i -> i.source() == Indicator.Source.REPORTED).toList();
    }

    public List<Indicator> getIndicators() {
        return List.of(Indicator.values());
    }

    public StreamedContent getXlsx() {
        return vn.nguon.web.Workbooks.download("muc-tieu-" + dashboard.unit() + ".xlsx", xlsx(dashboard, Messages.bundle()));
    }

    /** The activity's columns in the workbook, in order (after the indicators). */
    static final List<String> ACTIVITY = List.of("broadcasts", "airHours", "relays", "relayHours", "fmHours");

    /** One sheet: the unit's own row, then each unit below; a column per indicator, values in per cent as numbers. */
    static byte[] xlsx(Dashboards.Dashboard d, ResourceBundle m) {
        return vn.nguon.web.Workbooks.xlsx((wb, bold) -> {
            Sheet sheet = wb.createSheet(m.getString("dashboard.title"));
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(m.getString("dashboard.title") + " — " + d.unitName());
            title.getCell(0).setCellStyle(bold);
            Row h = sheet.createRow(2);
            h.createCell(0).setCellValue(m.getString("dashboard.unit"));
            int col = 1;
            for (Indicator i : Indicator.values()) {
                h.createCell(col++).setCellValue(m.getString("dashboard.indicator." + i) + " (%)");
            }
            for (String k : ACTIVITY) {
                h.createCell(col++).setCellValue(m.getString("dashboard.activity." + k));
            }
            h.createCell(col++).setCellValue(m.getString("dashboard.clustersReported"));
            h.createCell(col++).setCellValue(m.getString("dashboard.clustersRegistered"));
            h.createCell(col).setCellValue(m.getString("dashboard.communesReported"));
            h.forEach(c -> c.setCellStyle(bold));
            int r = 3;
            write(sheet.createRow(r++), d.self(), bold, true);
            for (Dashboards.Row x : d.rows()) {
                write(sheet.createRow(r++), x, bold, false);
            }
            sheet.setColumnWidth(0, 34 * 256);
        });
    }

    private static void write(Row row, Dashboards.Row x, CellStyle bold, boolean self) {
        row.createCell(0).setCellValue(x.name());
        if (self) {
            row.getCell(0).setCellStyle(bold);
        }
        int col = 1;
        for (Indicator i : Indicator.values()) {
            BigDecimal v = x.values().get(i);
            if (v == null) {
                row.createCell(col++).setBlank();
            } else {
                row.createCell(col++).setCellValue(v.doubleValue());
            }
        }
        Activity a = x.activity();
        row.createCell(col++).setCellValue(a.broadcasts());
        row.createCell(col++).setCellValue(a.airHours().doubleValue());
        row.createCell(col++).setCellValue(a.relays());
        row.createCell(col++).setCellValue(a.relayHours().doubleValue());
        row.createCell(col++).setCellValue(a.fmHours().doubleValue());
        row.createCell(col++).setCellValue(x.clustersReported());
        row.createCell(col++).setCellValue(x.clustersRegistered());
        row.createCell(col).setCellValue(x.communesReported() + "/" + x.communes());
    }

    /** A province's own targets file, uploaded from its dashboard: checked whole, every problem named; the page then shows it. */
    public void uploadTargets() {
        try {
            jakarta.servlet.http.HttpServletRequest request = (jakarta.servlet.http.HttpServletRequest)
                    jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest();
            jakarta.servlet.http.Part part = request.getContentType() != null && request.getContentType().startsWith("multipart/")
                    ? request.getPart("targets-file") : null;
            if (part == null || part.getSize() == 0) {
                throw new vn.nguon.kernel.ValidationFailedException(List.of(vn.nguon.kernel.Violation.of("content", vn.nguon.kernel.Violation.REQUIRED)));
            }
            if (part.getSize() > Dashboards.MAX_TARGETS_FILE) {
                throw new vn.nguon.kernel.ValidationFailedException(List.of(vn.nguon.kernel.Violation.of("content",
                        vn.nguon.kernel.Violation.TOO_LONG, Dashboards.MAX_TARGETS_FILE)));
            }
            String content;
            try (java.io.InputStream in = part.getInputStream()) {
                content = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            List<vn.nguon.dashboard.domain.Target> read = dashboards.uploadTargets(part.getSubmittedFileName(), content);
            Messages.info("dashboard.targetsUploaded", read.size());
            dashboard = dashboards.of(unit, period);
        } catch (vn.nguon.kernel.ValidationFailedException e) {
            Messages.violations(e.violations(), f -> "dashboard.field." + f);
        } catch (AccessRefusedException | EJBAccessException e) {
            RefusalPage.refused();
        } catch (IOException | jakarta.servlet.ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The leader signs the unit's statement of its targets; the page then lists it with its PDF. */
    public void issueStatement() {
        try {
            Dashboards.Issued issued = dashboards.issueStatement(unit, period);
            Messages.info("dashboard.statementIssued", issued.documentNumber());
            dashboard = dashboards.of(unit, period);
        } catch (vn.nguon.kernel.ValidationFailedException e) {
            Messages.violations(e.violations(), f -> "dashboard." + f);
        } catch (AccessRefusedException | EJBAccessException e) {
            RefusalPage.refused();
        }
    }

    public String time(java.time.Instant t) {
        return vn.nguon.web.Times.minutes(t);
    }

    public void removeTargets() {
        try {
            dashboards.removeTargets();
            Messages.info("dashboard.targetsRemoved");
            dashboard = dashboards.of(unit, period);
        } catch (AccessRefusedException | EJBAccessException e) {
            RefusalPage.refused();
        }
    }


    public Long getPeriod() { return period; }
    public void setPeriod(Long period) { this.period = period; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public Indicator getIndicator() { return indicator; }
    public void setIndicator(Indicator indicator) { this.indicator = indicator; }
    public Dashboards.Dashboard getDashboard() { return dashboard; }
}
