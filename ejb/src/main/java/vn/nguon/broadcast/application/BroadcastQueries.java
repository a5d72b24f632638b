package vn.nguon.broadcast.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.broadcast.domain.BroadcastRepository;
import vn.nguon.broadcast.domain.Bulletin;
import vn.nguon.broadcast.domain.BulletinKind;
import vn.nguon.broadcast.domain.BulletinStatus;
import vn.nguon.broadcast.domain.Delivery;
import vn.nguon.broadcast.domain.Priority;
import vn.nguon.devices.domain.Device;
import vn.nguon.devices.domain.DeviceRepository;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.application.CallerService;
import vn.nguon.identity.domain.Role;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.kernel.AccessRefusedException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.nguon.audit.application.TimelineEntry;

/** Reading bulletins, their outcomes, the broadcast log and the schedule, scoped to the caller's unit. */
@Stateless
@RolesAllowed({Role.Names.COMMUNE_OFFICER, Role.Names.COMMUNE_LEADER, Role.Names.PROVINCE_OFFICER,
        Role.Names.PROVINCE_LEADER, Role.Names.MINISTRY_OFFICER, Role.Names.MINISTRY_LEADER, Role.Names.DEVICE_OPERATOR})
public class BroadcastQueries {

    static final int LOG_LIMIT = 50_000;

    /** One slot of the schedule (lịch phát thanh); {@code clash}: another PRIORITY item at the same time. */
    public record Slot(long bulletinId, String title, String priority, String status, String ownerName, Instant at,
                       Instant until, boolean clash) {
    }

    @Inject
    TargetDevices targetDevices;

    @Inject
    CallerService callers;

    @Inject
    BroadcastRepository repository;

    @Inject
    BulletinViews views;

    @Inject
    DeviceRepository devices;

    @Inject
    vn.nguon.audit.application.AuditLog audit;

    public List<BulletinView> list(int limit) {
        Caller c = callers.current();
        OrgUnit me = views.unit(c.unit().code());
        return views.views(c, repository.visibleTo(me.code(), views.chainCodes(me), Math.min(Math.max(limit, 1), 500)));
    }

    public BulletinView get(long id) {
        Caller c = callers.current();
        return views.view(c, views.readable(c, id));
    }

    /** Per device under a unit (the caller's own or below): what it plays now and what failed lately. */
    public Map<String, vn.nguon.devices.domain.DeviceActivity> activity(String unitCode) {
        Caller c = callers.current();
        OrgUnit unit = scoped(c, unitCode);
        return repository.activity(unit.code(), Instant.now().minus(java.time.Duration.ofDays(1)));
    }

    /** How many devices the bulletin's targets reach now (an emergency plays on all of them at approval). */
    public int targetDeviceCount(long id) {
        Caller c = callers.current();
        return targetDevices.of(views.readable(c, id)).size();
    }

    /** Who did what to the bulletin, when (its audit trail). */
    public List<TimelineEntry> history(long id) {
        Caller c = callers.current();
        views.readable(c, id);
        return audit.timeline(BroadcastService.SUBJECT, String.valueOf(id));
    }

    /** Bulletins of the caller's unit and below waiting for a leader's approval. */
    public long pendingApproval() {
        Caller c = callers.current();
        return repository.pendingAt(c.unit().code());
    }

    /**
     * Per-device outcomes of a bulletin, what needs attention first, at most {@code limit} (the
     * counts of all are in the bulletin's view); a unit below the owner sees only its own devices.
     */
    public List<DeliveryView> deliveries(long id, int limit) {
        Caller c = callers.current();
        Bulletin b = views.readable(c, id);
        return describe(repository.deliveries(id, c.unit().code(), Math.min(Math.max(limit, 1), LOG_LIMIT)),
                Map.of(b.id(), b.title()));
    }

    /** The broadcast log (nhật ký phát thanh) of a unit (the caller's own or one below it). */
    public List<DeliveryView> log(String unitCode, Instant from, Instant to) {
        Caller c = callers.current();
        OrgUnit unit = scoped(c, unitCode);
        List<Delivery> rows = repository.log(unit.code(), from, to, LOG_LIMIT);
        Map<Long, String> titles = new HashMap<>();
        for (Delivery d : rows) {
            titles.computeIfAbsent(d.bulletinId(), id -> repository.find(id).map(Bulletin::title).orElse(""));
        }
        return describe(rows, titles);
    }

    /**
     * The schedule of a unit between two instants: every approved (or pending) slot of the
     * bulletins it sees; PRIORITY items at the same time are marked as clashing, for the commune to order.
     */
    public List<Slot> schedule(String unitCode, Instant from, Instant to) {
        Caller c = callers.current();
        OrgUnit unit = scoped(c, unitCode);
        List<Slot> slots = new ArrayList<>();
        for (Bulletin b : repository.visibleTo(unit.code(), views.chainCodes(unit), 500)) {
            if (b.status() != BulletinStatus.APPROVED && b.status() != BulletinStatus.PENDING) {
                continue;
            }
            String owner = views.unit(b.ownerUnit()).fullName();
            for (Instant at : b.schedule().slots(from, to, 1000)) {
                slots.add(new Slot(b.id(), (b.kind() == BulletinKind.ALERT ? "⚠ " : "") + b.title(), b.priority().name(),
                        b.status().name(), owner, at, at.plusSeconds(15 * 60), false));
            }
        }
        slots.sort(Comparator.comparing(Slot::at).thenComparing(Slot::bulletinId));
        Map<Instant, Long> priorityAt = new HashMap<>();
        for (Slot s : slots) {
            if (s.priority().equals(Priority.PRIORITY.name())) {
                priorityAt.merge(s.at(), 1L, Long::sum);
            }
        }
        return slots.stream().map(s -> s.priority().equals(Priority.PRIORITY.name()) && priorityAt.get(s.at()) > 1
                ? new Slot(s.bulletinId(), s.title(), s.priority(), s.status(), s.ownerName(), s.at(), s.until(), true) : s).toList();
    }

    /** The alert as CAP 1.2 XML. */
    public String cap(long id) {
        Caller c = callers.current();
        Bulletin b = views.readable(c, id);
        if (b.kind() != BulletinKind.ALERT) {
            throw new IllegalArgumentException("bulletin " + id + " is not an emergency alert");
        }
        OrgUnit owner = views.unit(b.ownerUnit());
        List<String> areas = b.targets().stream().map(views::label).toList();
        return CapDocument.of(b, owner, areas);
    }

    private OrgUnit scoped(Caller c, String unitCode) {
        OrgUnit me = views.unit(c.unit().code());
        OrgUnit unit = unitCode == null || unitCode.isBlank() ? me : views.unit(unitCode);
        if (!me.oversees(unit)) {
            throw new AccessRefusedException(c.username() + " (" + me.code() + ") may not see the broadcasts of " + unit.code());
        }
        return unit;
    }

    private List<DeliveryView> describe(List<Delivery> rows, Map<Long, String> titles) {
        Map<String, Device> byId = new HashMap<>();
        Map<String, String> unitNames = new HashMap<>();
        List<DeliveryView> out = new ArrayList<>(rows.size());
        for (Delivery d : rows) {
            Device dev = byId.computeIfAbsent(d.deviceId(), id -> devices.find(id).orElse(null));
            String unitName = unitNames.computeIfAbsent(d.unitCode(), u -> views.unit(u).fullName());
            out.add(DeliveryView.of(d, titles.getOrDefault(d.bulletinId(), ""), dev == null ? d.deviceId() : dev.name(),
                    dev == null ? null : dev.village(), unitName));
        }
        return out;
    }
}
