package vn.nguon.broadcast.application;

import vn.nguon.broadcast.domain.Bulletin;
import vn.nguon.broadcast.domain.BulletinStatus;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.domain.Role;
import vn.nguon.org.domain.OrgUnit;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what to a bulletin. Officers and leaders write the bulletins of their own unit; a
 * leader of that unit approves or rejects them; its authors, and the leaders of any unit above it,
 * may cancel one. Everyone at or above the owner unit sees it.
 */
final class BroadcastAccess {

    static final Set<Role> AUTHORS = EnumSet.of(Role.COMMUNE_OFFICER, Role.COMMUNE_LEADER, Role.PROVINCE_OFFICER,
            Role.PROVINCE_LEADER, Role.MINISTRY_OFFICER, Role.MINISTRY_LEADER);
    static final Set<Role> LEADERS = EnumSet.of(Role.COMMUNE_LEADER, Role.PROVINCE_LEADER, Role.MINISTRY_LEADER);

    private BroadcastAccess() {
    }

    static boolean mayWrite(Caller c, String ownerUnit) {
        return c.unit().code().equals(ownerUnit) && c.roles().stream().anyMatch(AUTHORS::contains);
    }

    static boolean mayDecide(Caller c, String ownerUnit) {
        return c.unit().code().equals(ownerUnit) && c.roles().stream().anyMatch(LEADERS::contains);
    }

    static boolean mayCancel(Caller c, OrgUnit owner) {
        return mayWrite(c, owner.code()) || (c.roles().stream().anyMatch(LEADERS::contains)
                && c.oversees(owner));
    }

    static Set<BroadcastAction> allowed(Caller c, Bulletin b, OrgUnit owner) {
        Set<BroadcastAction> a = EnumSet.noneOf(BroadcastAction.class);
        BulletinStatus s = b.status();
        if (mayWrite(c, b.ownerUnit()) && s.editable()) {
            a.add(BroadcastAction.EDIT);
        }
        if (mayWrite(c, b.ownerUnit()) && (s == BulletinStatus.DRAFT || s == BulletinStatus.REJECTED)) {
            a.add(BroadcastAction.SUBMIT);
        }
        if (mayDecide(c, b.ownerUnit()) && s == BulletinStatus.PENDING) {
            a.add(BroadcastAction.APPROVE);
            a.add(BroadcastAction.REJECT);
        }
        if (mayCancel(c, owner) && s != BulletinStatus.CANCELLED) {
            a.add(BroadcastAction.CANCEL);
        }
        return a;
    }
}
