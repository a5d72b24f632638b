package vn.nguon.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.nguon.audit.application.TimelineEntry;
import vn.nguon.org.application.OrgUnitQueries;
import vn.nguon.org.application.UnitView;

import java.util.Arrays;
import java.util.MissingResourceException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * An audit trail's rows as officials read them, in their language: who (with their roles' and
 * unit's names, never role codes or unit codes), what (the step's name and the states' names,
 * never enum constants) and the comment. Every history on the pages goes through here.
 */
@Named
@ApplicationScoped
public class AuditLabels {

    /** Comments the services wrote in a fixed form ("revision 2"), shown in the reader's language. */
    private static final Pattern REVISION = Pattern.compile("revision (\\d+)");

    @Inject
    OrgUnitQueries units;

    /** "binhlu.lanhdao (Lãnh đạo UBND cấp xã, Xã Bình Lư)". */
    public String who(TimelineEntry e) {
        String roles = e.roles() == null || e.roles().isBlank() ? "" : Arrays.stream(e.roles().split(","))
                .map(r -> label("role." + r.strip(), r.strip())).collect(Collectors.joining(", "));
        String unit = e.unit() == null ? "" : units.unit(e.unit()).map(UnitView::fullName).orElse(e.unit());
        String within = roles.isEmpty() ? unit : unit.isEmpty() ? roles : roles + ", " + unit;
        return within.isEmpty() ? e.actor() : e.actor() + " (" + within + ")";
    }

    /**
     * "Ký: Dự thảo → Đã ký": the step from {@code actions} + action, the states from {@code states} +
     * state; a step that changes no state is named alone.
     */
    public String what(TimelineEntry e, String actions, String states) {
        String action = label(actions + e.action(), e.action());
        if (e.to() == null || e.to().equals(e.from())) {
            return action;
        }
        String to = label(states + e.to(), e.to());
        return e.from() == null ? action + ": " + to : action + ": " + label(states + e.from(), e.from()) + " → " + to;
    }

    /** The comment, with the services' fixed forms in the reader's language. */
    public String comment(TimelineEntry e) {
        if (e.comment() == null) {
            return "";
        }
        Matcher m = REVISION.matcher(e.comment());
        return m.matches() ? Messages.text("audit.revision", m.group(1)) : e.comment();
    }

    private static String label(String key, String otherwise) {
        try {
            return Messages.bundle().getString(key);
        } catch (MissingResourceException ex) {
            return otherwise;
        }
    }
}
