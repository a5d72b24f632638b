package vn.nguon.devices.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import vn.nguon.devices.domain.Device;
import vn.nguon.devices.domain.DeviceMessage;
import vn.nguon.devices.domain.DeviceRepository;
import vn.nguon.devices.domain.DeviceTopic;
import vn.nguon.devices.infrastructure.DeviceMessageJson;

import java.time.Clock;
import java.time.Duration;

/**
 * Records what devices publish on their {@code status} and {@code heartbeat} topics. A message
 * that is not valid for the protocol, comes from an unknown device or does not match its topic is
 * refused ({@link RefusedMessages}): a permanent fault, so not redelivered but dead-lettered to
 * {@code nguon.DLQ} at once with its reason, counted against the device and logged in one line; the
 * consumer goes on with the next message. A device that comes back online is announced as
 * {@link DeviceReconnected} (in the same transaction), so that its schedule can be synchronised.
 */
@Stateless
@PermitAll
public class DeviceTelemetry {

    @Inject
    DeviceRepository devices;

    @Inject
    Event<DeviceReconnected> reconnected;

    @Inject
    RefusedMessages refused;

    /** Three heartbeats (one a minute): a device silent this long is offline, whether or not its Last Will came. */
    static final Duration SILENCE = Duration.ofMinutes(3);

    Clock clock = Clock.systemUTC();

    /** Marks offline the devices silent for {@link #SILENCE} (a link that died without the broker noticing); returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int markSilentOffline() {
        return devices.markSilentOffline(clock.instant().minus(SILENCE));
    }

    /**
     * @param address the broker address it was published to, {@code nguon.dev.<id>.<kind>}
     * @param payload the message as published
     */
    public void receive(String address, String payload) {
        try {
            DeviceTopic topic = DeviceTopic.parse(address)
                    .orElseThrow(() -> new DeviceMessage.Malformed("not a device topic: " + address));
            String id = topic.deviceId();
            String kind = topic.kind();
            DeviceMessage m = DeviceMessageJson.parse(payload);
            Device d = devices.find(id).orElseThrow(() -> new DeviceMessage.Malformed("unknown device " + id));
            if (m instanceof DeviceMessage.Status s && kind.equals("status")) {
                boolean wasOnline = d.online();
                d.record(s, clock.instant());
                if (!s.fmFallback().isEmpty()) {
                    devices.recordFmPeriods(id, s.fmFallback(), clock.instant());
                }
                if (!wasOnline && d.online()) {
                    reconnected.fire(new DeviceReconnected(id));
                }
            } else if (m instanceof DeviceMessage.Heartbeat h && kind.equals("heartbeat")) {
                d.record(h, clock.instant());
            } else {
                throw new DeviceMessage.Malformed(m.getClass().getSimpleName() + " on the " + kind + " topic");
            }
        } catch (DeviceMessage.Malformed e) {
            refused.refuse(address, payload, e.getMessage());
        }
    }
}
