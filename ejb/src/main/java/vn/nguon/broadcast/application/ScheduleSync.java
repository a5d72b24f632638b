package vn.nguon.broadcast.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import vn.nguon.broadcast.domain.BroadcastRepository;
import vn.nguon.broadcast.domain.Bulletin;
import vn.nguon.broadcast.domain.BulletinStatus;
import vn.nguon.broadcast.domain.Delivery;
import vn.nguon.broadcast.domain.DeliveryState;
import vn.nguon.broadcast.infrastructure.CommandJson;
import vn.nguon.broadcast.infrastructure.DeliveryQueue;
import vn.nguon.devices.application.DeviceReconnected;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A device's schedule, synchronised: one SYNC_SCHEDULE with every delivery it should hold (not yet
 * played, not expired, of the bulletin's current approved revision) and the bulletins it should
 * drop (cancelled or replaced while it may have been away). It adds to what the device holds and
 * never removes a slot it does not list: a PLAY dispatched while the synchronisation was on its
 * way is not lost. Sent when a device comes back online — it may have lost its queue (a reset, a
 * broker restart while it was away) or missed a CANCEL — and when an operator asks for it
 * ({@link DeviceControl}). The delivery ids are those of the PLAYs, so nothing plays twice.
 */
@Stateless
@PermitAll
public class ScheduleSync {

    /** At most this many slots in one synchronisation (a device holds a day or two of programme). */
    static final int MAX_SLOTS = 200;
    /** A synchronisation not forwarded within this time is dropped: a newer one will follow. */
    static final Duration VALID = Duration.ofMinutes(10);
    static final int JMS_PRIORITY = 4;

    @Inject
    BroadcastRepository repository;

    @Inject
    DeliveryQueue commands;

    @Inject
    PlaySlots slots;

    Clock clock = Clock.systemUTC();

    /** In the transaction that records the device's return (its status), so both commit or neither. */
    public void onReconnect(@Observes DeviceReconnected event) {
        sync(event.deviceId());
    }

    /** Queues the device's schedule; returns how many slots it holds. */
    public int sync(String deviceId) {
        Instant now = clock.instant();
        Map<Long, Bulletin> bulletins = new HashMap<>();
        List<CommandJson.Slot> held = new ArrayList<>();
        Map<Long, Integer> cancelled = new TreeMap<>();
        for (Delivery d : repository.unexpired(deviceId, now, MAX_SLOTS)) {
            if (d.state() == DeliveryState.CANCELLED) {
                cancelled.merge(d.bulletinId(), d.revision(), Math::max);
                continue;
            }
            Bulletin b = bulletins.computeIfAbsent(d.bulletinId(), id -> repository.find(id).orElse(null));
            if (b != null && b.status() == BulletinStatus.APPROVED && b.revision() == d.revision()) {
                held.add(slots.of(b, d));
            }
        }
        commands.sendAll(List.of(new DeliveryQueue.Command(deviceId, CommandJson.sync(held, cancelled, now), JMS_PRIORITY,
                now.plus(VALID).toEpochMilli())));
        return held.size();
    }
}
