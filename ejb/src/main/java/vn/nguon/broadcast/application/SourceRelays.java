package vn.nguon.broadcast.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.nguon.broadcast.domain.BroadcastRepository;

import java.time.Instant;
import java.util.List;

/**
 * What broadcasting knows of the relays of a source library item, for its tracking: the relaying
 * bulletins and the plays the devices themselves acknowledged (the broadcast log), never what a commune
 * says; and the audio an item airs. No access check here: the source library's EJB checks who may see the
 * item or its tracking before asking.
 */
@ApplicationScoped
public class SourceRelays {

    @Inject
    BroadcastRepository repository;

    @Inject
    vn.nguon.broadcast.infrastructure.MediaLinks links;

    @Inject
    DeliveryRetention retention;

    public List<BroadcastRepository.Relay> relays(long sourceItemId) {
        return repository.relays(sourceItemId);
    }

    public List<BroadcastRepository.RelayPlay> plays(long sourceItemId, Instant from, Instant to) {
        return repository.relayPlays(sourceItemId, from, to);
    }

    /** An audio file of {@code ownerUnit}, for an item of the library to air. */
    public java.util.Optional<MediaView> media(long id, String ownerUnit) {
        return repository.media(id).filter(m -> m.ownerUnit().equals(ownerUnit)).map(MediaView::of);
    }

    /** A link to listen to an audio file from Nguồn's own pages, valid until {@code until}. */
    public String listen(long mediaId, Instant until) {
        return links.path(mediaId, until);
    }

    /** How many days back the broadcast log reaches (its retention). */
    public int historyDays() {
        return retention.days();
    }

    public List<BroadcastRepository.Airtime> airtime(String unitCode, Instant from, Instant to) {
        return repository.airtime(unitCode, from, to);
    }
}
