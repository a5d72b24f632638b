package vn.nguon.reporting.application;

import vn.nguon.identity.application.Caller;
import vn.nguon.identity.domain.Role;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.UnitLevel;

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

    static void requireRead(Caller caller, OrgUnit unit) {
        if (unit.chain().stream().noneMatch(u -> u.code().equals(caller.unit().code()))) {
            throw refused(caller, "read", unit);
        }
    }

    static void requireEdit(Caller caller, OrgUnit unit) {
        requireOwn(caller, unit, officerOf(unit.level()), "edit");
    }

    static void requireSign(Caller caller, OrgUnit unit) {
        requireOwn(caller, unit, leaderOf(unit.level()), "sign or submit");
    }

    static void requireReview(Caller caller, OrgUnit unit) {
        OrgUnit parent = unit.parent();
        boolean ok = parent != null && parent.code().equals(caller.unit().code())
                && (caller.has(officerOf(parent.level())) || caller.has(leaderOf(parent.level())));
        if (!ok) {
            throw refused(caller, "review", unit);
        }
    }

    private static void requireOwn(Caller caller, OrgUnit unit, Role role, String what) {
        if (!caller.unit().code().equals(unit.code()) || !caller.has(role)) {
            throw refused(caller, what, unit);
        }
    }

    private static AccessRefusedException refused(Caller caller, String what, OrgUnit unit) {
        return new AccessRefusedException(caller.username() + " (" + caller.unit().code() + ", " + caller.roles()
                + ") may not " + what + " the report of " + unit.code());
    }
}
