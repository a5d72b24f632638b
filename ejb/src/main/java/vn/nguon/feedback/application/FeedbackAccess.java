package vn.nguon.feedback.application;

import vn.nguon.feedback.domain.Feedback;
import vn.nguon.feedback.domain.FeedbackStatus;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.domain.Role;
import vn.nguon.org.domain.OrgUnit;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with feedback. A unit sees the items handled by it or concerning a commune below it (never a
 * sibling's); the upper levels see everything below them. The officers and leaders of the handling unit accept,
 * work on, transfer and reject an item and draft its answer; a leader of the handling unit approves the answer.
 * An upper unit may take over or move an item below it (transfer). Personal data is shown to the handling unit
 * and the units above it only.
 */
final class FeedbackAccess {

    static final Set<Role> HANDLERS = EnumSet.of(Role.COMMUNE_OFFICER, Role.COMMUNE_LEADER, Role.PROVINCE_OFFICER, Role.PROVINCE_LEADER,
            Role.MINISTRY_OFFICER, Role.MINISTRY_LEADER);
    static final Set<Role> LEADERS = EnumSet.of(Role.COMMUNE_LEADER, Role.PROVINCE_LEADER, Role.MINISTRY_LEADER);

    private FeedbackAccess() {
    }

    static boolean handler(Caller c) {
        return c.roles().stream().anyMatch(HANDLERS::contains);
    }

    static boolean leader(Caller c) {
        return c.roles().stream().anyMatch(LEADERS::contains);
    }

    /** Whether {@code me} is {@code unit} or above it. */
    static boolean atOrAbove(OrgUnit me, OrgUnit unit) {
        return me.code().equals(unit.code()) || me.oversees(unit);
    }

    /** The scope rule: the item is handled by the caller's unit or one below it, or concerns a commune below it. */
    static boolean sees(OrgUnit me, OrgUnit handling, OrgUnit commune) {
        return atOrAbove(me, handling) || atOrAbove(me, commune);
    }

    /** Personal data: the handling unit and the units above it. */
    static boolean seesPersonalData(OrgUnit me, OrgUnit handling) {
        return atOrAbove(me, handling);
    }

    static Set<FeedbackAction> allowed(Caller c, OrgUnit me, Feedback f, OrgUnit handling) {
        Set<FeedbackAction> a = EnumSet.noneOf(FeedbackAction.class);
        if (!handler(c) || !atOrAbove(me, handling)) {
            return a;
        }
        boolean own = me.code().equals(handling.code());
        FeedbackStatus s = f.status();
        a.add(FeedbackAction.NOTE);
        if (s.open()) {
            a.add(FeedbackAction.TRANSFER); // the handling unit sends it on; an upper unit takes it over or moves it
        }
        if (!own) {
            return a;
        }
        if (s == FeedbackStatus.RECEIVED || s == FeedbackStatus.TRANSFERRED || s == FeedbackStatus.REOPENED) {
            a.add(FeedbackAction.ACCEPT);
        }
        if (s.open()) {
            a.add(FeedbackAction.REJECT);
        }
        if (s == FeedbackStatus.ACCEPTED) {
            a.add(FeedbackAction.START);
        }
        if (s == FeedbackStatus.ACCEPTED || s == FeedbackStatus.IN_PROGRESS) {
            a.add(FeedbackAction.DRAFT);
        }
        if (s == FeedbackStatus.IN_PROGRESS && f.answerDraft() != null && leader(c)) {
            a.add(FeedbackAction.APPROVE);
        }
        if (s == FeedbackStatus.ANSWERED) {
            a.add(FeedbackAction.CLOSE);
        }
        return a;
    }
}
