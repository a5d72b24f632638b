package vn.nguon.broker;

import org.apache.activemq.artemis.core.persistence.StorageManager;
import org.apache.activemq.artemis.core.persistence.config.PersistedRole;
import org.apache.activemq.artemis.core.persistence.config.PersistedUser;
import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.core.security.User;
import org.apache.activemq.artemis.spi.core.protocol.RemotingConnection;
import org.apache.activemq.artemis.spi.core.security.ActiveMQBasicSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;

import javax.security.auth.Subject;
import java.security.Principal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The broker's security manager. Accounts live in the broker's bindings journal (Artemis' basic
 * security manager: adding a device is one journal record, not a rewrite of a properties file,
 * and survives restarts). Authorisation is by role from {@code broker.xml}'s security settings,
 * except for devices on the device subtree: an account with the role {@code device} may use the
 * addresses {@code nguon.dev.<its own name>.*} (MQTT topics {@code nguon/dev/<id>/…}) and no other
 * device's. This replaces one security setting per device, which made every address look-up scan
 * all devices' patterns.
 * <p>
 * Authentication looks the account up in an index of the journal's accounts, rebuilt after any
 * account change: the basic manager copies every account (twice) for each authentication, which
 * with tens of thousands of devices made a reconnection storm quadratic.
 */
public class DeviceSecurityManager extends ActiveMQBasicSecurityManager {

    public static final String DEVICE_ROLE = "device";
    static final String DEVICE_SUBTREE = "nguon.dev.";

    /** What a device may do on its own addresses: publish, subscribe (MQTT creates its queues and addresses). */
    static final Set<CheckType> OWN = EnumSet.of(CheckType.SEND, CheckType.CONSUME, CheckType.CREATE_ADDRESS,
            CheckType.CREATE_DURABLE_QUEUE, CheckType.DELETE_DURABLE_QUEUE,
            CheckType.CREATE_NON_DURABLE_QUEUE, CheckType.DELETE_NON_DURABLE_QUEUE);

    private volatile StorageManager storage;
    /** Counts account changes; an index built before the latest change is not used. */
    private final AtomicLong changes = new AtomicLong();
    private volatile Index index;

    record Account(User user, List<String> roles) {
    }

    /** Accounts by name, as of the given number of changes. */
    record Index(long changes, Map<String, Account> accounts) {
    }

    @Override
    public void completeInit(StorageManager storageManager) {
        this.storage = storageManager;
        super.completeInit(storageManager);
        changes.incrementAndGet();
    }

    @Override
    public Subject authenticate(String user, String password, RemotingConnection connection, String securityDomain) {
        if (user == null || password == null || storage == null || !storage.isStarted()) {
            return super.authenticate(user, password, connection, securityDomain);
        }
        Account account = accounts().get(user);
        if (account == null || !account.user().isValid(user, password)) {
            return null;
        }
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        for (String role : account.roles()) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        return subject;
    }

    private Map<String, Account> accounts() {
        long now = changes.get();
        Index current = index;
        if (current != null && current.changes() == now) {
            return current.accounts();
        }
        Map<String, Account> built = new HashMap<>();
        Map<String, PersistedRole> roles = storage.getPersistedRoles();
        for (PersistedUser u : storage.getPersistedUsers().values()) {
            PersistedRole r = roles.get(u.getUsername());
            built.put(u.getUsername(), new Account(new User(u.getUsername(), u.getPassword()), r == null ? List.of() : List.copyOf(r.getRoles())));
        }
        index = new Index(now, built);
        return built;
    }

    @Override
    public synchronized void addNewUser(String user, String password, String... roles) throws Exception {
        try {
            super.addNewUser(user, password, roles);
        } finally {
            changes.incrementAndGet();
        }
    }

    @Override
    public synchronized void removeUser(String user) throws Exception {
        try {
            super.removeUser(user);
        } finally {
            changes.incrementAndGet();
        }
    }

    @Override
    public synchronized void updateUser(String user, String password, String... roles) throws Exception {
        try {
            super.updateUser(user, password, roles);
        } finally {
            changes.incrementAndGet();
        }
    }

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
