package vn.nguon.devices.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import vn.nguon.devices.domain.Device;
import vn.nguon.devices.domain.DeviceRepository;
import vn.nguon.devices.domain.DeviceTopic;
import vn.nguon.devices.infrastructure.DeviceMessages;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.application.CallerService;
import vn.nguon.identity.domain.Role;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;

/**
 * The dead-letter queue ({@code nguon.DLQ}) as operators see it: the device messages the broker
 * gave up on after its redeliveries (malformed, from an unknown device, for another device's
 * delivery), newest last, limited to the devices in the caller's scope. Reading does not remove them.
 */
@Stateless
@RolesAllowed({Role.Names.DEVICE_OPERATOR, Role.Names.PROVINCE_OFFICER, Role.Names.PROVINCE_LEADER,
        Role.Names.MINISTRY_OFFICER, Role.Names.MINISTRY_LEADER})
public class DeadLetters {

    static final int LIMIT = 500;

    /** One refused message: when it was first sent, where to, by which device (when known), and what it said. */
    public record Letter(Instant sentAt, String address, String deviceId, String unitCode, String payload, int deliveries,
                         String reason) implements java.io.Serializable {
    }

    /** A device whose messages were refused: how many, the last one when and why. */
    public record Sender(String deviceId, String name, String unitCode, int refused, Instant lastAt, String lastReason)
            implements java.io.Serializable {
    }

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/nguon.DLQ")
    Queue queue;

    @Inject
    CallerService callers;

    @Inject
    DeviceRepository devices;

    @Inject
    OrgUnitRepository units;

    public List<Letter> list() {
        Caller caller = callers.current();
        OrgUnit me = units.find(caller.unit().code()).orElseThrow();
        List<Letter> out = new ArrayList<>();
        try (QueueBrowser browser = jms.createBrowser(queue)) {
            Enumeration<?> e = browser.getEnumeration();
            int seen = 0;
            while (e.hasMoreElements() && seen++ < 10 * LIMIT && out.size() < LIMIT) {
                Message m = (Message) e.nextElement();
                // refused by Nguồn (RefusedMessages) or given up on by the broker after its redeliveries
                String address = m.propertyExists(RefusedMessages.ADDRESS) ? m.getStringProperty(RefusedMessages.ADDRESS)
                        : m.getStringProperty("_AMQ_ORIG_ADDRESS");
                String deviceId = DeviceTopic.parse(address).map(DeviceTopic::deviceId).orElse(null);
                Optional<Device> device = deviceId == null ? Optional.empty() : devices.find(deviceId);
                boolean visible = device.isPresent()
                        ? units.find(device.get().unitCode()).map(me::oversees).orElse(false)
                        : me.parent() == null; // messages of no known device: the ministry only
                if (!visible) {
                    continue;
                }
                String payload = DeviceMessages.text(m);
                if (payload != null && payload.length() > 500) {
                    payload = payload.substring(0, 500) + "…";
                }
                out.add(new Letter(Instant.ofEpochMilli(m.getJMSTimestamp()), address, deviceId,
                        device.map(Device::unitCode).orElse(null), payload,
                        m.propertyExists("JMSXDeliveryCount") ? m.getIntProperty("JMSXDeliveryCount") : 0,
                        m.getStringProperty(RefusedMessages.REASON)));
            }
        } catch (JMSException e) {
            throw new IllegalStateException("cannot read the dead-letter queue", e);
        }
        return out;
    }

    /** The devices of the caller's unit and below with refused messages, most refused first. */
    public List<Sender> senders() {
        Caller caller = callers.current();
        OrgUnit me = units.find(caller.unit().code()).orElseThrow();
        return devices.withRefusedMessages(LIMIT).stream()
                .filter(d -> units.find(d.unitCode()).map(me::oversees).orElse(false))
                .map(d -> new Sender(d.id(), d.name(), d.unitCode(), d.refusedMessages(), d.lastRefusedAt(), d.lastRefusal()))
                .toList();
    }
}
