package vn.nguon.broadcast.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.nguon.broadcast.domain.Bulletin;
import vn.nguon.broadcast.domain.Target;
import vn.nguon.devices.domain.DeviceRef;
import vn.nguon.devices.domain.DeviceRepository;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The devices a bulletin's targets reach, each once: every device under a targeted unit, those of a
 * targeted type under a unit (a group), single devices. The dispatcher sends to them; the approval
 * dialog says how many an emergency will play on.
 */
@ApplicationScoped
class TargetDevices {

    @Inject
    DeviceRepository devices;

    Map<String, DeviceRef> of(Bulletin b) {
        Map<String, DeviceRef> out = new LinkedHashMap<>();
        for (Target t : b.targets()) {
            switch (t.kind()) {
                case UNIT -> devices.refsUnder(t.code()).forEach(d -> out.putIfAbsent(d.id(), d));
                case GROUP -> devices.refsUnder(t.unitCode()).stream().filter(d -> d.type().name().equals(t.deviceType()))
                        .forEach(d -> out.putIfAbsent(d.id(), d));
                case DEVICE -> devices.find(t.code()).ifPresent(d -> out.putIfAbsent(d.id(), new DeviceRef(d.id(), d.unitCode(), d.type())));
            }
        }
        return out;
    }
}
