package vn.nguon.sources.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.kernel.ValidationFailedException;
import vn.nguon.kernel.Violation;
import vn.nguon.sources.application.SourceLibrary;
import vn.nguon.sources.application.SourceSummary;
import vn.nguon.sources.domain.SourceRepository;
import vn.nguon.sources.domain.SourceStatus;
import vn.nguon.web.Messages;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Thư viện thông tin nguồn ({@code sources/index.xhtml}): what the caller's unit may see of the library —
 * its own items and what the units above it published for it — searched with or without diacritics, by
 * field, tag, owner and validity; the best matches first with their matched words highlighted.
 */
@Named
@ViewScoped
public class SourcesView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int PAGE = 20;

    @Inject
    SourceLibrary library;

    @Inject
    vn.nguon.sources.application.RelayTracking tracking;

    private List<vn.nguon.sources.application.RelayTracking.AirtimeShare> airtime = List.of();

    private String q;
    private String field;
    private String tag;
    private String status;
    private LocalDate from;
    private LocalDate to;
    private int shown = PAGE;
    private List<SourceSummary> rows = List.of();
    private long total;
    private Map<String, String> fields = Map.of();
    private boolean publishes;

    @PostConstruct
    void init() {
        fields = library.fields(Messages.language());
        publishes = library.publishes();
        airtime = tracking.airtime(30);
        search();
    }


    /** Runs the search from the first page. */
    public void search() {
        shown = PAGE;
        load();
    }

    /** Shows the next page of hits below the ones shown. */
    public void more() {
        shown += PAGE;
        load();
    }

    private void load() {
        try {
            SourceLibrary.Page p = library.search(new SourceRepository.Query(blank(q), blank(field), blank(tag), null, from, to,
                    blank(status) == null ? null : SourceStatus.valueOf(status), 0, Math.min(shown, 200)), Messages.language());
            rows = p.rows();
            total = p.total();
        } catch (ValidationFailedException e) {
            for (Violation v : e.violations()) {
                Messages.error("sources.searchProblem", Messages.text("violation." + v.code(), v.args().toArray()));
            }
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String snippet(SourceSummary s) {
        return Snippets.html(s.snippet());
    }

    public List<SourceSummary> getRows() { return rows; }
    public List<vn.nguon.sources.application.RelayTracking.AirtimeShare> getAirtime() { return airtime; }

    /** Seconds as minutes with one decimal, as the page writes them. */
    public String minutes(double seconds) {
        return String.format(java.util.Locale.ROOT, "%.1f", seconds / 60.0).replace('.', ',');
    }
    public long getTotal() { return total; }
    public boolean isMore() { return rows.size() < total && shown < 200; }
    public Map<String, String> getFields() { return fields; }
    public boolean isPublishes() { return publishes; }
    public String getQ() { return q; }
    public void setQ(String q) { this.q = q; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getTag() { return tag; }
    public void setTag(String tag) { this.tag = tag; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public LocalDate getFrom() { return from; }
    public void setFrom(LocalDate from) { this.from = from; }
    public LocalDate getTo() { return to; }
    public void setTo(LocalDate to) { this.to = to; }

    /** A day as the pages write it (dd/MM/yyyy), empty for none. */
    public String day(LocalDate d) {
        return vn.nguon.web.Times.day(d);
    }

    public String time(java.time.Instant t) {
        return vn.nguon.web.Times.minutes(t);
    }
}
