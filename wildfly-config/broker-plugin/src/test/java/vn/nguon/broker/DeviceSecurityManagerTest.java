package vn.nguon.broker;

import org.apache.activemq.artemis.core.security.CheckType;
import org.apache.activemq.artemis.core.security.Role;
import org.apache.activemq.artemis.spi.core.security.jaas.RolePrincipal;
import org.apache.activemq.artemis.spi.core.security.jaas.UserPrincipal;
import org.junit.jupiter.api.Test;

import javax.security.auth.Subject;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DeviceSecurityManagerTest {

    final DeviceSecurityManager manager = new DeviceSecurityManager();
    /** What broker.xml gives the device subtree: the application alone. */
    final Set<Role> appOnly = Set.of(new Role("app", true, true, true, true, true, true, true, true, true, true, false, false));
    /** What broker.xml gives MQTT's own addresses: the application and devices. */
    final Set<Role> mqttOwn = Set.of(new Role("app", true, true, true, true, true, true, true, true, true, true, false, false),
            new Role("device", true, true, true, false, true, false, false, false, true, false, false, false));

    static Subject subject(String user, String... roles) {
        Subject s = new Subject();
        s.getPrincipals().add(new UserPrincipal(user));
        for (String r : roles) {
            s.getPrincipals().add(new RolePrincipal(r));
        }
        return s;
    }

    @Test
    void aDeviceUsesItsOwnTopics() {
        Subject device = subject("dev-a1", "device");
        assertTrue(manager.authorize(device, appOnly, CheckType.CONSUME, "nguon.dev.dev-a1.cmd"));
        assertTrue(manager.authorize(device, appOnly, CheckType.CREATE_DURABLE_QUEUE, "nguon.dev.dev-a1.cmd::dev-a1.nguon.dev.dev-a1.cmd"));
        assertTrue(manager.authorize(device, appOnly, CheckType.SEND, "nguon.dev.dev-a1.ack"));
        assertTrue(manager.authorize(device, appOnly, CheckType.CREATE_ADDRESS, "nguon.dev.dev-a1.status"));
    }

    @Test
    void aDeviceCannotTouchAnotherDevicesTopicsNorListenToAll() {
        Subject device = subject("dev-a1", "device");
        assertFalse(manager.authorize(device, appOnly, CheckType.CONSUME, "nguon.dev.dev-b2.cmd"));
        assertFalse(manager.authorize(device, appOnly, CheckType.SEND, "nguon.dev.dev-b2.ack"));
        assertFalse(manager.authorize(device, appOnly, CheckType.CONSUME, "nguon.dev.dev-a10.cmd"), "a prefix of another id is not its own");
        assertFalse(manager.authorize(device, appOnly, CheckType.CONSUME, "nguon.dev.#"));
        assertFalse(manager.authorize(device, appOnly, CheckType.CONSUME, "nguon.dev.*.cmd"));
        assertFalse(manager.authorize(device, appOnly, CheckType.CONSUME, "nguon.dev.dev-a1.#"), "no wildcard even below itself");
        assertFalse(manager.authorize(device, appOnly, CheckType.CONSUME, "nguon.dev.dev-a1"));
        assertFalse(manager.authorize(device, appOnly, CheckType.CONSUME, "nguon.deliveries"), "the application's queues are not under its subtree");
    }

    @Test
    void aDeviceMayNotManageBrowseOrDeleteAddresses() {
        Subject device = subject("dev-a1", "device");
        assertFalse(manager.authorize(device, appOnly, CheckType.MANAGE, "nguon.dev.dev-a1.cmd"));
        assertFalse(manager.authorize(device, appOnly, CheckType.BROWSE, "nguon.dev.dev-a1.cmd"));
        assertFalse(manager.authorize(device, appOnly, CheckType.DELETE_ADDRESS, "nguon.dev.dev-a1.cmd"));
    }

    @Test
    void anIdWithWildcardsOrDotsOwnsNothing() {
        assertFalse(manager.authorize(subject("#", "device"), appOnly, CheckType.CONSUME, "nguon.dev.#.cmd"));
        assertFalse(manager.authorize(subject("a.b", "device"), appOnly, CheckType.CONSUME, "nguon.dev.a.b.cmd"));
        assertFalse(manager.authorize(subject("*", "device"), appOnly, CheckType.CONSUME, "nguon.dev.*.cmd"));
    }

    @Test
    void everythingElseFollowsTheRolesOfBrokerXml() {
        Subject app = subject("nguon", "app");
        assertTrue(manager.authorize(app, appOnly, CheckType.SEND, "nguon.dev.dev-a1.cmd"));
        assertTrue(manager.authorize(app, appOnly, CheckType.CONSUME, "nguon.dev.*.ack"));
        Subject device = subject("dev-a1", "device");
        assertTrue(manager.authorize(device, mqttOwn, CheckType.SEND, "$sys.mqtt.retain.nguon.dev.dev-a1.status"));
        assertFalse(manager.authorize(device, mqttOwn, CheckType.MANAGE, "$sys.mqtt.sessions"));
        assertFalse(manager.authorize(device, appOnly, CheckType.SEND, "nguon.notifications"));
        assertFalse(manager.authorize(subject("someone"), appOnly, CheckType.CONSUME, "nguon.dev.someone.cmd"), "no role, no access");
    }
}
