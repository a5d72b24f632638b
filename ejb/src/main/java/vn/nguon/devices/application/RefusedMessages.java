package vn.nguon.devices.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import vn.nguon.devices.domain.DeviceRepository;
import vn.nguon.devices.domain.DeviceTopic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

/**
 * What happens to a device message that is refused (malformed, on a topic it may not use, acknowledging an
 * unknown or another device's delivery): it is a permanent fault, so it is not redelivered — it goes
 * straight to {@code nguon.DLQ} with its reason (the operators' dead-letter page lists it), the device's
 * count of refused messages goes up, and the server log gets one line (device, topic, reason), at most one
 * per device a minute. All in the consumer's transaction: the message is consumed once this commits.
 */
@Stateless
@PermitAll
public class RefusedMessages {

    private static final Logger LOG = Logger.getLogger(RefusedMessages.class.getName());
    static final LogThrottle THROTTLE = new LogThrottle(Duration.ofMinutes(1));
    /** Message properties of a refused message in the dead-letter queue. */
    public static final String ADDRESS = "nguon_address";
    public static final String REASON = "nguon_reason";

    @Inject
    DeviceRepository devices;

    @Inject
    @JMSConnectionFactory("java:/JmsXA")
    JMSContext jms;

    @Resource(lookup = "java:/jms/queue/nguon.DLQ")
    Queue deadLetters;

    Clock clock = Clock.systemUTC();

    public void refuse(String address, String payload, String reason) {
        Instant now = clock.instant();
        String why = oneLine(reason, 200);
        String deviceId = DeviceTopic.parse(address).map(DeviceTopic::deviceId).orElse(null);
        if (deviceId != null) {
            devices.find(deviceId).ifPresent(d -> d.refused(why, now));
        }
        int suppressed = THROTTLE.admit(deviceId != null ? deviceId : "?", now);
        if (suppressed >= 0) {
            LOG.warning("refused device message: device=" + (deviceId == null ? "?" : deviceId) + " topic="
                    + oneLine(address, 120) + " reason=" + why
                    + (suppressed > 0 ? " (" + suppressed + " more from this device in the last minute, not logged)" : ""));
        }
        jms.createProducer().setProperty(ADDRESS, oneLine(address, 200)).setProperty(REASON, why)
                .send(deadLetters, payload == null ? "" : payload);
    }

    /** Text from a device, safe for one log line: no line breaks or control characters, bounded. */
    static String oneLine(String s, int max) {
        if (s == null) {
            return "";
        }
        String clean = s.replaceAll("\\p{Cntrl}", " ");
        return clean.length() > max ? clean.substring(0, max) + "…" : clean;
    }
}
