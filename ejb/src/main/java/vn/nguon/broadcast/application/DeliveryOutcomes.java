package vn.nguon.broadcast.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.nguon.broadcast.domain.BroadcastRepository;
import vn.nguon.broadcast.domain.DeliveryState;
import vn.nguon.devices.application.RefusedMessages;
import vn.nguon.devices.domain.DeviceMessage;
import vn.nguon.devices.domain.DeviceTopic;
import vn.nguon.devices.infrastructure.DeviceMessageJson;
import vn.nguon.shared.LogContext;

/**
 * Records the acknowledgements devices publish on {@code nguon/dev/<id>/ack}. An acknowledgement
 * that is malformed, names an unknown delivery or another device's delivery is refused
 * ({@link RefusedMessages}: dead-lettered at once with its reason, counted, logged in one line); a repeated or
 * outdated one changes nothing. Each acknowledgement is a conditional move of its delivery: two
 * acknowledgements of one delivery consumed at once (PLAYING and DONE) cannot overwrite each other.
 * Acknowledgements arriving together are written by one statement and committed together
 * ({@link AcknowledgementBatch}). Not an EJB: it holds no transaction of its own (each batch is
 * written in one, by {@link AcknowledgementWriter}) and runs once per acknowledgement, where an EJB
 * invocation's interceptors cost more than its work.
 */
@ApplicationScoped
public class DeliveryOutcomes {

    @Inject
    AcknowledgementBatch batch;

    @Inject
    RefusedMessages refused;

    public void receive(String address, String payload) {
        try {
            String device = DeviceTopic.parse(address).filter(t -> t.kind().equals("ack")).map(DeviceTopic::deviceId)
                    .orElseThrow(() -> new DeviceMessage.Malformed("not a device acknowledgement topic: " + address));
            if (!(DeviceMessageJson.parse(payload) instanceof DeviceMessage.Ack ack)) {
                throw new DeviceMessage.Malformed("not an ACK on the ack topic");
            }
            // what is logged while it is recorded (a refusal included) carries its delivery's id
            try (LogContext ignored = LogContext.of("delivery.id", String.valueOf(ack.deliveryId()))) {
                record(address, payload, device, ack);
            }
        } catch (DeviceMessage.Malformed e) {
            refused.refuse(address, payload, e.getMessage());
        }
    }

    private void record(String address, String payload, String device, DeviceMessage.Ack ack) {
        BroadcastRepository.Ack result = batch.record(new BroadcastRepository.Acknowledgement(ack.deliveryId(), device,
                DeliveryState.reported(ack.state(), ack.reason()), ack.at(), ack.reason()));
        if (result == BroadcastRepository.Ack.UNKNOWN_DELIVERY) {
            refused.refuse(address, payload, "unknown delivery " + ack.deliveryId());
        } else if (result == BroadcastRepository.Ack.OTHER_DEVICE) {
            refused.refuse(address, payload, device + " acknowledged another device's delivery " + ack.deliveryId());
        }
    }
}
