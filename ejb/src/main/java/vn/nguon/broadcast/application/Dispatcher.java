package vn.nguon.broadcast.application;

import io.opentelemetry.context.Context;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.nguon.broadcast.domain.BroadcastRepository;
import vn.nguon.broadcast.domain.Bulletin;
import vn.nguon.broadcast.domain.BulletinStatus;
import vn.nguon.broadcast.domain.Delivery;
import vn.nguon.broadcast.domain.LanguageVersion;
import vn.nguon.broadcast.infrastructure.CommandJson;
import vn.nguon.broadcast.infrastructure.DeliveryQueue;
import vn.nguon.devices.domain.DeviceRef;
import vn.nguon.devices.domain.DeviceType;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.shared.tx.AfterCommit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Turns a due slot of an approved bulletin into one delivery per target device and one PLAY
 * command each on the persistent queue, in one transaction with moving the bulletin on to its next
 * slot: a crash before the commit dispatches the slot again from scratch, after it never twice.
 * Slots are dispatched {@code nguon.dispatch.lead-seconds} ahead (devices hold them until their
 * time, so a link that drops at the hour does not lose the broadcast); emergencies at once.
 */
@Stateless
@PermitAll
public class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    @Inject
    BroadcastRepository repository;

    @Inject
    TargetDevices targetDevices;

    @Inject
    OrgUnitRepository units;

    @Inject
    DeliveryQueue commands;

    @Inject
    PlaySlots slots;

    @Inject
    @ConfigProperty(name = "nguon.dispatch.lead-seconds", defaultValue = "900")
    long leadSeconds;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Dispatcher self;

    Clock clock = Clock.systemUTC();

    static final Duration RESEND_AFTER = Duration.ofSeconds(30);
    static final int MAX_ATTEMPTS = 10;

    /**
     * Dispatches the bulletin as soon as the caller's transaction (its approval) commits, instead of
     * at the scheduler's next tick: an emergency goes out at once. Harmless when nothing is due. The
     * dispatch continues the approval's trace, when it is traced (docs/operations.md "Tracing").
     */
    public void dispatchAfterCommit(long bulletinId) {
        Context trace = Context.current();
        AfterCommit.run(transactions, () -> executor.submit(trace.wrap(() -> self.dispatch(bulletinId))));
    }

    /** Bulletins with a slot to dispatch now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Long> due() {
        return repository.due(clock.instant().plus(Duration.ofSeconds(leadSeconds)), 50);
    }

    /** @return the number of deliveries created (0 when another node got there first) */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int dispatch(long bulletinId) {
        Instant now = clock.instant();
        Bulletin b = repository.lock(bulletinId).orElse(null);
        if (b == null || b.status() != BulletinStatus.APPROVED || b.nextSlotAt() == null
                || b.nextSlotAt().isAfter(now.plusSeconds(leadSeconds))) {
            return 0;
        }
        Instant slot = b.nextSlotAt();
        b.dispatched(slot);
        if (!b.schedule().slotExpiry(slot).isAfter(now)) {
            LOG.warning(() -> "bulletin " + bulletinId + ": slot " + slot + " expired before it could be dispatched");
            return 0;
        }
        long t0 = System.nanoTime();
        Map<String, DeviceRef> targets = targetDevices.of(b);
        long t1 = System.nanoTime();
        Map<String, List<String>> chains = new HashMap<>();
        List<Delivery> created = new ArrayList<>(targets.size());
        for (DeviceRef d : targets.values()) {
            List<String> chain = chains.computeIfAbsent(d.unitCode(),
                    c -> units.find(c).map(u -> u.chain().stream().map(OrgUnit::code).toList()).orElse(List.of(c)));
            LanguageVersion v = b.versionFor(chain);
            boolean display = b.board() != null && d.type() == DeviceType.EBOARD;
            created.add(new Delivery(UUID.randomUUID(), b, d.id(), d.unitCode(), slot, v.language(), display, now));
        }
        repository.addAll(created);
        long t2 = System.nanoTime();
        List<DeliveryQueue.Command> plays = new ArrayList<>(created.size());
        Map<String, CommandJson.PlayTemplate> byLanguage = new HashMap<>();
        for (Delivery d : created) {
            CommandJson.PlayTemplate play = byLanguage.computeIfAbsent(d.language() + (d.display() ? "/display" : ""),
                    l -> new CommandJson.PlayTemplate(slots.of(b, d), now));
            plays.add(command(d, play.play(d.id())));
        }
        commands.sendAll(plays);
        long t3 = System.nanoTime();
        LOG.info(() -> String.format("bulletin %d r%d: slot %s dispatched to %d devices %d ms after the approval (targets %d ms, "
                        + "deliveries stored %d ms, commands queued %d ms)", bulletinId, b.revision(), slot, created.size(),
                b.decidedAt() == null ? -1 : Duration.between(b.decidedAt(), now).toMillis(),
                (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000));
        // the commit is two-phase (database, broker, transaction log): its time shows apart
        AfterCommit.run(transactions, () -> LOG.info(() -> String.format("bulletin %d r%d: slot %s committed %d ms after its work",
                bulletinId, b.revision(), slot, (System.nanoTime() - t3) / 1_000_000)));
        return created.size();
    }

    /** The PLAY command of a delivery (the same for every attempt: same delivery id). */
    DeliveryQueue.Command play(Bulletin b, Delivery d, Instant now) {
        return command(d, CommandJson.play(slots.of(b, d), now));
    }

    /** A delivery's PLAY on the queue: at its priority, not worth forwarding once it expired. */
    private static DeliveryQueue.Command command(Delivery d, String json) {
        return new DeliveryQueue.Command(d.deviceId(), json, d.priority().jmsPriority(), d.expiresAt().toEpochMilli(), d.id());
    }

    /**
     * Sends again what online devices have not acknowledged after {@link #RESEND_AFTER} (at most
     * {@link #MAX_ATTEMPTS} times): end to end, whatever a hop lost on the way (a crash, a device
     * that lost its session) reaches the device, and the delivery id keeps it from playing twice.
     *
     * @return how many were sent again
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int resend() {
        Instant now = clock.instant();
        List<Delivery> due = repository.unacknowledged(now.minus(RESEND_AFTER), now, MAX_ATTEMPTS, 1000);
        Map<Long, Bulletin> bulletins = new HashMap<>();
        List<DeliveryQueue.Command> again = new ArrayList<>();
        for (Delivery d : due) {
            Bulletin b = bulletins.computeIfAbsent(d.bulletinId(), id -> repository.find(id).orElse(null));
            if (b != null && b.status() == BulletinStatus.APPROVED && b.revision() == d.revision()) {
                again.add(play(b, d, now));
                d.sentAgain(now);
            }
        }
        commands.sendAll(again);
        return again.size();
    }

    /** Marks deliveries nobody played in time as expired. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int expire() {
        return repository.expire(clock.instant());
    }
}
