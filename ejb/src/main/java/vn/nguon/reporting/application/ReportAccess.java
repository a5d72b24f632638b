package vn.nguon.reporting.application;

import vn.nguon.identity.application.Caller;
import vn.nguon.identity.domain.Role;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.UnitLevel;
import vn.nguon.reporting.domain.ReportStatus;

import java.util.EnumSet;
import java.util.Set;
import vn.nguon.kernel.AccessRefusedException;

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
        return caller.oversees(unit);
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

    /** A right over a unit's report, checked at the start of every service call that needs it. */
    enum Permission {
        READ("read") {
            @Override
            boolean granted(Caller caller, OrgUnit unit) { return mayRead(caller, unit); }
        },
        EDIT("edit") {
            @Override
            boolean granted(Caller caller, OrgUnit unit) { return mayEdit(caller, unit); }
        },
        SIGN("sign or submit") {
            @Override
            boolean granted(Caller caller, OrgUnit unit) { return maySign(caller, unit); }
        },
        REVIEW("review") {
            @Override
            boolean granted(Caller caller, OrgUnit unit) { return mayReview(caller, unit); }
        };

        private final String verb;

        Permission(String verb) {
            this.verb = verb;
        }

        abstract boolean granted(Caller caller, OrgUnit unit);

        /** @throws AccessRefusedException when the caller lacks this right over {@code unit}'s report */
        void require(Caller caller, OrgUnit unit) {
            if (!granted(caller, unit)) {
                throw new AccessRefusedException(caller.username() + " (" + caller.unit().code() + ", " + caller.roles()
                        + ") may not " + verb + " the report of " + unit.code());
            }
        }
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
}
