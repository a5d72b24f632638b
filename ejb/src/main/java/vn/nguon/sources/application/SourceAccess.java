package vn.nguon.sources.application;

import vn.nguon.identity.application.Caller;
import vn.nguon.identity.domain.Role;
import vn.nguon.org.domain.UnitLevel;
import vn.nguon.sources.domain.SourceItem;
import vn.nguon.sources.domain.SourceStatus;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who may do what in the source library. The ministry and the provinces publish: their officers and leaders
 * write their unit's items, a leader of the unit approves them, the writers publish an approved item and
 * withdraw it. A unit sees its own items and the published items of the units above it that target it —
 * never a sibling's or a cousin's. A commune's officers and leaders relay an item in effect as a bulletin.
 */
final class SourceAccess {

    static final Set<Role> WRITERS = EnumSet.of(Role.PROVINCE_OFFICER, Role.PROVINCE_LEADER, Role.MINISTRY_OFFICER, Role.MINISTRY_LEADER);
    static final Set<Role> LEADERS = EnumSet.of(Role.PROVINCE_LEADER, Role.MINISTRY_LEADER);
    static final Set<Role> RELAYERS = EnumSet.of(Role.COMMUNE_OFFICER, Role.COMMUNE_LEADER);

    private SourceAccess() {
    }

    static boolean publishes(Caller c) {
        return c.unit().level() != UnitLevel.COMMUNE && c.roles().stream().anyMatch(WRITERS::contains);
    }

    static boolean mayWrite(Caller c, String owner) {
        return c.unit().code().equals(owner) && publishes(c);
    }

    static boolean mayApprove(Caller c, String owner) {
        return c.unit().code().equals(owner) && c.unit().level() != UnitLevel.COMMUNE && c.roles().stream().anyMatch(LEADERS::contains);
    }

    /** The scope rule: own items in any state; published items of an ancestor that target a unit of the caller's chain. */
    static boolean sees(List<String> chain, SourceItem item) {
        if (chain.get(0).equals(item.ownerUnit())) {
            return true;
        }
        return item.status() == SourceStatus.PUBLISHED && chain.subList(1, chain.size()).contains(item.ownerUnit())
                && item.targets().stream().anyMatch(chain::contains);
    }

    static Set<SourceAction> allowed(Caller c, SourceItem item, LocalDate today) {
        Set<SourceAction> a = EnumSet.noneOf(SourceAction.class);
        SourceStatus s = item.status();
        if (mayWrite(c, item.ownerUnit()) && s.editable()) {
            a.add(SourceAction.EDIT);
        }
        if (mayApprove(c, item.ownerUnit()) && s == SourceStatus.DRAFT) {
            a.add(SourceAction.APPROVE);
        }
        if (mayWrite(c, item.ownerUnit()) && s == SourceStatus.APPROVED) {
            a.add(SourceAction.PUBLISH);
        }
        if (mayWrite(c, item.ownerUnit()) && s != SourceStatus.WITHDRAWN) {
            a.add(SourceAction.WITHDRAW);
            a.add(SourceAction.REQUIRE);
        }
        if (c.unit().level() == UnitLevel.COMMUNE && c.roles().stream().anyMatch(RELAYERS::contains) && item.inEffect(today)) {
            a.add(SourceAction.RELAY);
        }
        return a;
    }
}
