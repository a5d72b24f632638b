package vn.nguon.portal.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.broadcast.application.PublicBroadcasts;
import vn.nguon.feedback.application.FeedbackIntake;
import vn.nguon.org.application.OrgUnitQueries;
import vn.nguon.org.application.UnitView;
import vn.nguon.org.domain.UnitLevel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The citizens' portal ({@code public/portal/}, no sign-in): the national page lists the provinces; a province's
 * page its communes and what it broadcast for the public; a commune's page the alerts in effect (emergencies
 * first), the bulletins, the week's schedule, the programmes played to listen again (by date and topic) and the
 * published answers to feedback with the commune's on-time and satisfaction figures. Everything is read from
 * the request (the unit, the language, the archive's filters): the pages hold no state, so that their address
 * says all and caches may keep them ({@code PortalCache}).
 */
@Named
@RequestScoped
public class PortalView {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Inject
    OrgUnitQueries units;

    @Inject
    PublicBroadcasts broadcasts;

    @Inject
    FeedbackIntake feedback;

    @Inject
    vn.nguon.feedback.application.Surveys surveys;

    private String language = "vi";
    private UnitView unit;
    private UnitView parent;
    private LocalDate from;
    private LocalDate to;
    private String topic;
    private String q;

    @PostConstruct
    void read() {
        Map<String, String> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        language = "en".equals(p.get("lang")) ? "en" : "vi";
        FacesContext.getCurrentInstance().getViewRoot().setLocale(getLocale());
        String code = p.get("unit");
        unit = code == null || code.isBlank() || code.length() > 16 ? null
                : units.unit(code.strip()).filter(u -> u.level() != UnitLevel.MINISTRY).orElse(null);
        parent = unit == null ? null : units.parentOf(unit.code()).filter(u -> u.level() != UnitLevel.MINISTRY).orElse(null);
        LocalDate today = LocalDate.now(VIETNAM);
        to = date(p.get("to")).orElse(today);
        from = date(p.get("from")).orElse(to.minusDays(30));
        if (from.isAfter(to) || from.isBefore(to.minusDays(366))) {
            from = to.minusDays(30);
        }
        topic = p.get("topic") == null || p.get("topic").isBlank() || p.get("topic").length() > 30 ? null : p.get("topic").strip();
        q = p.get("q") == null || p.get("q").isBlank() ? null : p.get("q").strip().substring(0, Math.min(100, p.get("q").strip().length()));
    }

    private static Optional<LocalDate> date(String s) {
        try {
            return s == null || s.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(s.strip()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    public Locale getLocale() {
        return Locale.forLanguageTag(language);
    }

    public String getLanguage() {
        return language;
    }

    /** This page's query with the other language, for the switch link. */
    public String getOtherLanguageQuery() {
        Map<String, String[]> p = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterValuesMap();
        StringBuilder b = new StringBuilder();
        for (Map.Entry<String, String[]> e : p.entrySet()) {
            if (e.getKey().equals("lang") || e.getValue().length == 0) {
                continue;
            }
            b.append(java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)).append('=')
                    .append(java.net.URLEncoder.encode(e.getValue()[0], java.nio.charset.StandardCharsets.UTF_8)).append('&');
        }
        return b.append("lang=").append(getOther()).toString();
    }

    /** The other language's code, for the switch link. */
    public String getOther() {
        return "vi".equals(language) ? "en" : "vi";
    }

    public List<UnitView> getProvinces() {
        return units.children("BVHTTDL");
    }

    public UnitView getUnit() { return unit; }
    public UnitView getParent() { return parent; }

    public boolean isCommune() {
        return unit != null && unit.level() == UnitLevel.COMMUNE;
    }

    public List<UnitView> getCommunes() {
        return unit == null || isCommune() ? List.of() : units.children(unit.code());
    }

    public List<PublicBroadcasts.PublicBulletin> getAlerts() {
        return unit == null ? List.of() : broadcasts.alerts(unit.code());
    }

    public List<PublicBroadcasts.PublicBulletin> getBulletins() {
        return unit == null ? List.of() : broadcasts.bulletins(unit.code(), 14);
    }

    public List<PublicBroadcasts.Slot> getWeek() {
        return isCommune() ? broadcasts.week(unit.code()) : List.of();
    }

    public List<PublicBroadcasts.Slot> getPlayed() {
        if (!isCommune()) {
            return List.of();
        }
        Instant a = from.atStartOfDay(VIETNAM).toInstant();
        Instant b = to.plusDays(1).atStartOfDay(VIETNAM).toInstant();
        return broadcasts.played(unit.code(), a, b, topic, q);
    }

    public List<FeedbackIntake.PublicAnswer> getAnswers() {
        return isCommune() ? feedback.answers(unit.code(), 20) : List.of();
    }

    public FeedbackIntake.Figures getFigures() {
        return isCommune() ? feedback.figures(unit.code()) : null;
    }

    /** The surveys open for the unit's people (its own and the units' above it). */
    public List<vn.nguon.feedback.application.Surveys.SurveyView> getSurveys() {
        return unit == null ? List.of() : surveys.openFor(unit.code());
    }

    /** What the survey form's answer was: thanks, already, invalid, busy (or null). */
    public String getSurveyOutcome() {
        String s = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("survey");
        return s != null && List.of("thanks", "already", "invalid", "busy").contains(s) ? s : null;
    }

    public List<String> getTopics() {
        return java.util.Arrays.stream(vn.nguon.broadcast.domain.Category.values()).map(Enum::name).toList();
    }

    public String getFrom() { return from.toString(); }
    public String getTo() { return to.toString(); }
    public String getTopic() { return topic; }
    public String getQ() { return q; }

    /** 1 … max, for a scale question. */
    public List<Integer> range(Integer max) {
        return max == null ? List.of() : java.util.stream.IntStream.rangeClosed(1, max).boxed().toList();
    }

    public String day(LocalDate d) {
        return vn.nguon.web.Times.day(d);
    }

    public String time(Instant t) {
        return vn.nguon.web.Times.minutes(t);
    }
}
