package vn.nguon.broadcast.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import vn.nguon.broadcast.domain.BroadcastRepository;
import vn.nguon.broadcast.domain.BroadcastRepository.Acknowledgement;

import java.util.List;

/** Writes a batch of device acknowledgements in one database transaction, with one statement for the batch. */
@Stateless
@PermitAll
public class AcknowledgementWriter {

    @Inject
    BroadcastRepository repository;

    /** @return each acknowledgement's outcome, in order (two of one delivery apply in the order received) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<BroadcastRepository.Ack> write(List<Acknowledgement> acks) {
        return repository.acknowledge(acks);
    }
}
