package vn.nguon.devices.application;

import vn.nguon.identity.application.Caller;
import vn.nguon.identity.domain.Role;
import vn.nguon.org.domain.OrgUnit;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may do what with a commune's devices: anyone of the commune or a unit above it sees them;
 * its device operators, and the officers and leaders of the province and the ministry, manage
 * them (register, edit, credentials, commands).
 */
public final class DeviceAccess {

    static final Set<Role> MANAGERS = EnumSet.of(Role.DEVICE_OPERATOR, Role.PROVINCE_OFFICER, Role.PROVINCE_LEADER,
            Role.MINISTRY_OFFICER, Role.MINISTRY_LEADER);

    private DeviceAccess() {
    }

    public static boolean mayManage(Caller caller, OrgUnit commune) {
        return inScope(caller, commune) && caller.roles().stream().anyMatch(MANAGERS::contains);
    }

    public static boolean inScope(Caller caller, OrgUnit unit) {
        return caller.oversees(unit);
    }
}
