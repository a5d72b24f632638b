package vn.nguon.broker;

import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.security.ActiveMQBasicSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;

import javax.security.auth.Subject;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Set;

/**
 * The broker's security manager. Accounts live in the broker's bindings journal (Artemis' basic
 * security manager: adding a device is one journal record, not a rewrite of a properties file,
 * and survives restarts). Authorisation is by role from {@code broker.xml}'s security settings,
 * except for devices on the device subtree: an account with the role {@code device} may use the
 * addresses {@code nguon.dev.<its own name>.*} (MQTT topics {@code nguon/dev/<id>/…}) and no other
 * device's. This replaces one security setting per device, which made every address look-up scan
 * all devices' patterns.
 */
public class DeviceSecurityManager extends ActiveMQBasicSecurityManager {

    public static final String DEVICE_ROLE = "device";
    static final String DEVICE_SUBTREE = "nguon.dev.";

    /** What a device may do on its own addresses: publish, subscribe (MQTT creates its queues and addresses). */
    static final Set<CheckType> OWN = EnumSet.of(CheckType.SEND, CheckType.CONSUME, CheckType.CREATE_ADDRESS,
            CheckType.CREATE_DURABLE_QUEUE, CheckType.DELETE_DURABLE_QUEUE,
            CheckType.CREATE_NON_DURABLE_QUEUE, CheckType.DELETE_NON_DURABLE_QUEUE);

    @Override
    public boolean authorize(Subject subject, Set<Role> roles, CheckType checkType, String address) {
        if (address != null && address.startsWith(DEVICE_SUBTREE) && hasRole(subject, DEVICE_ROLE)) {
            return OWN.contains(checkType) && owns(userName(subject), address);
        }
        return super.authorize(subject, roles, checkType, address);
    }

    /** Whether {@code address} (possibly {@code address::queue}) is under the device's own {@code nguon.dev.<id>.}. */
    static boolean owns(String device, String address) {
        if (device == null || device.isEmpty() || device.chars().anyMatch(c -> c == '.' || c == '#' || c == '*' || c == '/' || c == '+')) {
            return false;
        }
        String own = DEVICE_SUBTREE + device + ".";
        if (!address.startsWith(own)) {
            return false;
        }
        int end = address.indexOf("::");
        String rest = (end < 0 ? address : address.substring(0, end)).substring(own.length());
        // no wildcards: a device subscribes to its topics by name
        return !rest.isEmpty() && rest.indexOf('#') < 0 && rest.indexOf('*') < 0;
    }

    static boolean hasRole(Subject subject, String role) {
        if (subject == null) {
            return false;
        }
        for (Principal p : subject.getPrincipals(RolePrincipal.class)) {
            if (role.equals(p.getName())) {
                return true;
            }
        }
        return false;
    }

    static String userName(Subject subject) {
        for (Principal p : subject.getPrincipals(UserPrincipal.class)) {
            return p.getName();
        }
        return null;
    }
}
