package vn.nguon.broadcast.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.nguon.broadcast.domain.BroadcastRepository;
import vn.nguon.broadcast.domain.DeliveryState;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Writes a batch of device acknowledgements in one database transaction, with one statement for the batch. */
@Stateless
@PermitAll
public class AcknowledgementWriter {

    /** One acknowledgement, checked: the delivery, the device that sent it, the state it reports. */
    public record Received(UUID deliveryId, String deviceId, DeliveryState next, Instant at, String reason) {
    }

    @Inject
    BroadcastRepository repository;

    /** @return each acknowledgement's outcome, in order (two of one delivery apply in the order received) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<BroadcastRepository.Ack> write(List<Received> acks) {
        return repository.acknowledge(acks.stream()
                .map(a -> new BroadcastRepository.Acknowledgement(a.deliveryId(), a.deviceId(), a.next(), a.at(), a.reason()))
                .toList());
    }
}
