package vn.nguon.broadcast.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.nguon.broadcast.domain.BroadcastRepository;

import java.time.Instant;
import java.util.List;

/**
 * What broadcasting knows of the relays of a source library item, for its tracking: the relaying
 * bulletins and the plays the devices themselves acknowledged (the broadcast log), never what a commune
 * says. No access check here: the source library's EJB checks who may see the tracking before asking.
 */
@ApplicationScoped
public class SourceRelays {

    @Inject
    BroadcastRepository repository;

    public List<BroadcastRepository.Relay> relays(long sourceItemId) {
        return repository.relays(sourceItemId);
    }

    public List<BroadcastRepository.RelayPlay> plays(long sourceItemId, Instant from, Instant to) {
        return repository.relayPlays(sourceItemId, from, to);
    }

    public List<BroadcastRepository.Airtime> airtime(String unitCode, Instant from, Instant to) {
        return repository.airtime(unitCode, from, to);
    }
}
