package vn.nguon.broadcast.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.nguon.devices.domain.DeviceActivity;

/** Bulletins, their media and deliveries. */
public interface BroadcastRepository {

    long nextBulletinId();

    void add(Bulletin bulletin);

    Optional<Bulletin> find(long id);

    /** Writes pending changes now (so that a returned view carries the new version). */
    void flush();

    /** The bulletin, locked until the transaction ends (the scheduler and editors take turns). */
    Optional<Bulletin> lock(long id);

    /**
     * Bulletins a unit sees: written by it or a unit below it, or targeting it, a unit above it or
     * a device of one of its communes. Newest first.
     */
    List<Bulletin> visibleTo(String unitCode, List<String> unitChain, int limit);

    /**
     * What the public may read for a unit: approved bulletins and alerts addressed to a unit of {@code chain}
     * (the commune, its province, the ministry) that are still in effect at {@code since} or later, newest first.
     */
    List<Bulletin> publicFor(List<String> chain, Instant since, int limit);

    /** A programme played in a commune: one slot of a bulletin that at least one of its devices played to the end. */
    record Played(long bulletinId, Instant slot, String language) {
    }

    /** The programmes played in {@code commune} in [from, to), newest first. */
    List<Played> played(String commune, Instant from, Instant to, int limit);

    /** Bulletins of units at or below {@code unitCode} waiting for approval. */
    long pendingAt(String unitCode);

    /** Ids of approved bulletins with a slot due at {@code now}, emergencies first; skips those another node is dispatching. */
    List<Long> due(Instant now, int limit);

    void add(Media media);

    Optional<Media> media(long id);

    /** Stores new deliveries of one slot of one bulletin revision, created together (a dispatch). */
    void addAll(List<Delivery> deliveries);

    Optional<Delivery> delivery(UUID id);

    /** What became of an acknowledgement. */
    enum Ack { CHANGED, UNCHANGED, UNKNOWN_DELIVERY, OTHER_DEVICE }

    /** A device's acknowledgement of a delivery: the state it reports, when, and why (FAILED/EXPIRED). */
    record Acknowledgement(UUID deliveryId, String deviceId, DeliveryState next, Instant at, String reason) {
    }

    /**
     * Records acknowledgements, each as a conditional update: the delivery moves to {@code next}
     * only from a state that may become it (see {@link DeliveryState#mayBecome}), so concurrent or
     * repeated acknowledgements of one delivery never overwrite a later state; two of one delivery
     * apply in the order given.
     *
     * @return each acknowledgement's outcome, in the order given
     */
    List<Ack> acknowledge(List<Acknowledgement> acks);

    /**
     * A bulletin's deliveries on the devices of the communes at or below a unit, what needs
     * attention first (failed, expired, not yet received), at most {@code limit}.
     */
    List<Delivery> deliveries(long bulletinId, String unitCode, int limit);

    /** How many deliveries of each bulletin stand in each state (bulletins without any are left out). */
    Map<Long, Map<DeliveryState, Long>> outcomes(Collection<Long> bulletinIds);

    /** The broadcast log of the communes at or below a unit, for slots in [from, to). */
    List<Delivery> log(String unitCode, Instant from, Instant to, int limit);

    /**
     * Marks the open deliveries (not yet acknowledged as played, failed or expired) of a bulletin's
     * revisions up to {@code revision} cancelled.
     *
     * @return the devices that had such deliveries (they get a CANCEL)
     */
    List<String> cancelOpen(long bulletinId, int revision);

    /**
     * For each device under a unit with something to say: the title of what it is playing now, its
     * failed deliveries since {@code since} and the reason of the last one.
     */
    Map<String, DeviceActivity> activity(String unitCode, Instant since);

    /**
     * Deliveries on a device that is online, last sent before {@code sentBefore}, not expired, sent
     * fewer than {@code maxAttempts} times, whose next word is overdue: still QUEUED; RECEIVED with
     * their slot past and nothing heard since {@code sentBefore}; or PLAYING and silent for a while (their
     * end lost on the way).
     */
    List<Delivery> unacknowledged(Instant sentBefore, Instant now, int maxAttempts, int limit);

    /**
     * What a device's schedule is made of: its deliveries that have not expired and are not yet
     * played (queued, received) or were cancelled, by slot, at most {@code limit}.
     */
    List<Delivery> unexpired(String deviceId, Instant now, int limit);

    /** Marks deliveries that nobody played before they expired; returns how many. */
    int expire(Instant now);

    /**
     * Deletes at most {@code limit} deliveries whose slot and expiry are both before {@code before} (nothing
     * can happen to them any more), except those of relays of the source library (their plays are the record
     * of a mandatory relay); returns how many.
     */
    int deleteOldDeliveries(Instant before, int limit);

    /** A bulletin that relays a source library item: whose it is, its state and its next slot. */
    record Relay(String unit, long bulletinId, BulletinStatus status, Instant nextSlotAt) {
    }

    /** One device's acknowledged play (DONE) of a relay: the relaying unit, the slot, the device and its village, when it ended. */
    record RelayPlay(String unit, Instant slot, String deviceId, String village, Instant at) {
    }

    /** A commune's airtime in a period: seconds of source-library relays, seconds of everything it played. */
    record Airtime(String unit, double sourceSeconds, double totalSeconds) {
    }

    /**
     * The airtime of each commune at or below {@code unitCode} whose loudspeakers played something that ended in
     * [from, to): a slot counts once however many devices played it, for as long as its longest play.
     */
    List<Airtime> airtime(String unitCode, Instant from, Instant to);

    /** The bulletins relaying {@code sourceItemId} (not cancelled), the newest of each unit first. */
    List<Relay> relays(long sourceItemId);

    /**
     * The devices' acknowledged plays of the bulletins relaying {@code sourceItemId} that ended in [from, to): what
     * loudspeakers and FM stations aired (an e-board showing the item is not a play).
     */
    List<RelayPlay> relayPlays(long sourceItemId, Instant from, Instant to);
}
