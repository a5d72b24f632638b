package vn.nguon.broadcast.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import vn.nguon.kernel.Violation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What an emergency alert says beyond its text, in CAP 1.2's terms (event, severity, urgency, certainty, area). */
@Embeddable
public class AlertInfo {

    public static final Set<String> SEVERITIES = Set.of("Extreme", "Severe", "Moderate", "Minor", "Unknown");
    public static final Set<String> URGENCIES = Set.of("Immediate", "Expected", "Future", "Past", "Unknown");
    public static final Set<String> CERTAINTIES = Set.of("Observed", "Likely", "Possible", "Unlikely", "Unknown");

    @Column(name = "alert_event", length = 200)
    private String event;

    @Column(name = "alert_severity", length = 10)
    private String severity;

    @Column(name = "alert_urgency", length = 10)
    private String urgency;

    @Column(name = "alert_certainty", length = 10)
    private String certainty;

    @Column(name = "alert_area", length = 300)
    private String area;

    @Column(name = "alert_instruction", columnDefinition = "text")
    private String instruction;

    protected AlertInfo() {
    }

    public AlertInfo(String event, String severity, String urgency, String certainty, String area, String instruction) {
        this.event = strip(event);
        this.severity = strip(severity);
        this.urgency = strip(urgency);
        this.certainty = strip(certainty);
        this.area = strip(area);
        this.instruction = strip(instruction);
    }

    public List<Violation> problems() {
        List<Violation> v = new ArrayList<>();
        if (event == null) {
            v.add(Violation.of("event", Violation.REQUIRED));
        } else if (event.length() > 200) {
            v.add(Violation.of("event", Violation.TOO_LONG, 200));
        }
        check(v, "severity", severity, SEVERITIES);
        check(v, "urgency", urgency, URGENCIES);
        check(v, "certainty", certainty, CERTAINTIES);
        if (area != null && area.length() > 300) {
            v.add(Violation.of("area", Violation.TOO_LONG, 300));
        }
        return v;
    }

    private static void check(List<Violation> v, String field, String value, Set<String> allowed) {
        if (value == null) {
            v.add(Violation.of(field, Violation.REQUIRED));
        } else if (!allowed.contains(value)) {
            v.add(Violation.of(field, "notAllowed", String.join(", ", allowed)));
        }
    }

    private static String strip(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public String event() {
        return event;
    }

    public String severity() {
        return severity;
    }

    public String urgency() {
        return urgency;
    }

    public String certainty() {
        return certainty;
    }

    public String area() {
        return area;
    }

    public String instruction() {
        return instruction;
    }
}
