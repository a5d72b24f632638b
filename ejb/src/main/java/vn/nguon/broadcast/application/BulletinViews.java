package vn.nguon.broadcast.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.nguon.broadcast.domain.BroadcastRepository;
import vn.nguon.broadcast.domain.Bulletin;
import vn.nguon.broadcast.domain.DeliveryState;
import vn.nguon.broadcast.domain.Target;
import vn.nguon.devices.domain.Device;
import vn.nguon.devices.domain.DeviceRepository;
import vn.nguon.devices.domain.DeviceType;
import vn.nguon.identity.application.Caller;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.kernel.AccessRefusedException;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Shared by the broadcast services: units, visibility, and bulletins turned into views. */
@ApplicationScoped
class BulletinViews {

    @Inject
    OrgUnitRepository units;

    @Inject
    DeviceRepository devices;

    @Inject
    BroadcastRepository repository;

    Optional<OrgUnit> find(String code) {
        return units.find(code);
    }

    OrgUnit unit(String code) {
        return units.find(code).orElseThrow(() -> new AccessRefusedException("unknown unit " + code));
    }

    List<String> chainCodes(OrgUnit u) {
        return u.chain().stream().map(OrgUnit::code).toList();
    }

    /** The unit a target lies in (a device: its commune), or empty when it does not exist. */
    Optional<OrgUnit> unitOf(Target t) {
        if (t.kind() == Target.Kind.DEVICE) {
            return devices.find(t.code()).flatMap(d -> units.find(d.unitCode()));
        }
        if (t.kind() == Target.Kind.GROUP && (t.code().indexOf('/') < 1 || DeviceType.parse(t.deviceType()).isEmpty())) {
            return Optional.empty();
        }
        return units.find(t.unitCode());
    }

    /** Whether the caller may read the bulletin: at or above its owner, or reached by one of its targets. */
    boolean visible(Caller c, Bulletin b) {
        if (c.oversees(unit(b.ownerUnit()))) {
            return true;
        }
        OrgUnit mine = unit(c.unit().code());
        for (Target t : b.targets()) {
            Optional<OrgUnit> u = unitOf(t);
            // a target at or above the caller's unit plays there; one below it is in the caller's scope
            if (u.isPresent() && (u.get().oversees(mine) || c.oversees(u.get()))) {
                return true;
            }
        }
        return false;
    }

    Bulletin readable(Caller c, long id) {
        return readable(c, id, repository.find(id));
    }

    /** The bulletin found (or locked) for {@code id}, if the caller may see it; refused otherwise. */
    Bulletin readable(Caller c, long id, Optional<Bulletin> found) {
        Bulletin b = found.orElseThrow(() -> new AccessRefusedException("unknown bulletin " + id));
        if (!visible(c, b)) {
            throw new AccessRefusedException(c.username() + " (" + c.unit().code() + ") may not see bulletin " + id);
        }
        return b;
    }

    BulletinView view(Caller c, Bulletin b) {
        return view(c, b, repository.outcomes(List.of(b.id())).getOrDefault(b.id(), Map.of()));
    }

    /** Many bulletins at once: their outcomes counted in one query. */
    List<BulletinView> views(Caller c, List<Bulletin> bulletins) {
        Map<Long, Map<DeliveryState, Long>> outcomes = repository.outcomes(bulletins.stream().map(Bulletin::id).toList());
        return bulletins.stream().map(b -> view(c, b, outcomes.getOrDefault(b.id(), Map.of()))).toList();
    }

    private BulletinView view(Caller c, Bulletin b, Map<DeliveryState, Long> outcomes) {
        OrgUnit owner = unit(b.ownerUnit());
        Map<String, String> labels = new HashMap<>();
        for (Target t : b.targets()) {
            labels.put(t.toString(), label(t));
        }
        return BulletinView.of(b, owner.fullName(), labels, BroadcastAccess.allowed(c, b, owner), outcomes);
    }

    String label(Target t) {
        return switch (t.kind()) {
            case UNIT -> units.find(t.code()).map(OrgUnit::fullName).orElse(t.code());
            case GROUP -> units.find(t.unitCode()).map(OrgUnit::fullName).orElse(t.unitCode()) + " / " + t.deviceType();
            case DEVICE -> devices.find(t.code()).map(Device::name).map(n -> n + " (" + t.code() + ")").orElse(t.code());
        };
    }
}
