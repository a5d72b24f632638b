package vn.nguon.reporting.application;

import vn.nguon.identity.application.Caller;
import vn.nguon.identity.domain.Role;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.UnitLevel;
import vn.nguon.reporting.domain.ReportStatus;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what to a unit's report: the unit's own officers edit, its leaders sign and
 * submit; the officers and leaders of the unit directly above review; anyone above reads.
 */
final class ReportAccess {

    private ReportAccess() {
    }

    static Role officerOf(UnitLevel level) {
        return switch (level) {
            case COMMUNE -> Role.COMMUNE_OFFICER;
            case PROVINCE -> Role.PROVINCE_OFFICER;
            case MINISTRY -> Role.MINISTRY_OFFICER;
        };
    }

    static Role leaderOf(UnitLevel level) {
        return switch (level) {
            case COMMUNE -> Role.COMMUNE_LEADER;
            case PROVINCE -> Role.PROVINCE_LEADER;
            case MINISTRY -> Role.MINISTRY_LEADER;
        };
    }

    static boolean mayRead(Caller caller, OrgUnit unit) {
        return unit.chain().stream().anyMatch(u -> u.code().equals(caller.unit().code()));
    }

    static boolean mayEdit(Caller caller, OrgUnit unit) {
        return own(caller, unit) && caller.has(officerOf(unit.level()));
    }

    static boolean maySign(Caller caller, OrgUnit unit) {
        return own(caller, unit) && caller.has(leaderOf(unit.level()));
    }

    static boolean mayReview(Caller caller, OrgUnit unit) {
        OrgUnit parent = unit.parent();
        return parent != null && parent.code().equals(caller.unit().code())
                && (caller.has(officerOf(parent.level())) || caller.has(leaderOf(parent.level())));
    }

    private static boolean own(Caller caller, OrgUnit unit) {
        return caller.unit().code().equals(unit.code());
    }

    static void requireRead(Caller caller, OrgUnit unit) {
        require(mayRead(caller, unit), caller, "read", unit);
    }

    static void requireEdit(Caller caller, OrgUnit unit) {
        require(mayEdit(caller, unit), caller, "edit", unit);
    }

    static void requireSign(Caller caller, OrgUnit unit) {
        require(maySign(caller, unit), caller, "sign or submit", unit);
    }

    static void requireReview(Caller caller, OrgUnit unit) {
        require(mayReview(caller, unit), caller, "review", unit);
    }

    /** What the caller may do now with a report of {@code unit} in {@code status}: the role's steps the state machine allows. */
    static Set<ReportAction> allowed(Caller caller, OrgUnit unit, ReportStatus status, boolean periodOpen) {
        Set<ReportAction> actions = EnumSet.noneOf(ReportAction.class);
        if (!periodOpen) {
            return actions;
        }
        if (mayEdit(caller, unit) && (status.isEditable() || status.canMoveTo(ReportStatus.DRAFT))) {
            actions.add(ReportAction.EDIT);
        }
        if (maySign(caller, unit) && status.canMoveTo(ReportStatus.SIGNED)) {
            actions.add(ReportAction.SIGN);
        }
        if (maySign(caller, unit) && status == ReportStatus.SIGNED) {
            actions.add(ReportAction.SUBMIT);
        }
        if (mayReview(caller, unit) && status.canMoveTo(ReportStatus.ACCEPTED)) {
            actions.add(ReportAction.ACCEPT);
            actions.add(ReportAction.RETURN);
        }
        if (mayReview(caller, unit) && status == ReportStatus.ACCEPTED) {
            actions.add(ReportAction.UNACCEPT);
        }
        return actions;
    }

    private static void require(boolean allowed, Caller caller, String what, OrgUnit unit) {
        if (!allowed) {
            throw refused(caller, what, unit);
        }
    }

    private static AccessRefusedException refused(Caller caller, String what, OrgUnit unit) {
        return new AccessRefusedException(caller.username() + " (" + caller.unit().code() + ", " + caller.roles()
                + ") may not " + what + " the report of " + unit.code());
    }
}
