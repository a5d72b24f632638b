package vn.nguon.broadcast.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.audit.application.AuditLog;
import vn.nguon.broadcast.infrastructure.CommandJson;
import vn.nguon.broadcast.infrastructure.DeliveryQueue;
import vn.nguon.devices.application.DeviceAccess;
import vn.nguon.devices.application.DeviceProblemsException;
import vn.nguon.devices.application.DeviceService;
import vn.nguon.devices.domain.Device;
import vn.nguon.devices.domain.DeviceProblem;
import vn.nguon.devices.domain.DeviceRepository;
import vn.nguon.devices.domain.Transport;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.application.CallerService;
import vn.nguon.identity.domain.Role;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.kernel.AccessRefusedException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import vn.nguon.devices.application.DeviceBroadcasts;
import vn.nguon.devices.domain.DeviceActivity;
import java.util.Map;

/**
 * Operators' commands to one device: stop what it plays, set its volume, synchronise its
 * schedule. Whoever may manage a device (its commune's operators, the officers and leaders above)
 * may command it; each command is audited and queued in the same transaction, like a PLAY
 * (persistent, then forwarded to the device's MQTT topic; kept by the broker for a device that is
 * away). A STOP that has not reached the device within {@link #STOP_VALID} is dropped, so that a
 * device coming back later does not cut a later broadcast short. The devices pages reach it
 * through {@link DeviceBroadcasts}.
 */
@Stateless
@RolesAllowed({Role.Names.DEVICE_OPERATOR, Role.Names.COMMUNE_OFFICER, Role.Names.COMMUNE_LEADER,
        Role.Names.PROVINCE_OFFICER, Role.Names.PROVINCE_LEADER, Role.Names.MINISTRY_OFFICER, Role.Names.MINISTRY_LEADER})
public class DeviceControl implements DeviceBroadcasts {

    static final Duration STOP_VALID = Duration.ofMinutes(2);
    /** Above normal bulletins (4) and priority ones (7), below emergencies (9). */
    static final int JMS_PRIORITY = 8;

    @Inject
    CallerService callers;

    @Inject
    DeviceRepository devices;

    @Inject
    OrgUnitRepository units;

    @Inject
    DeliveryQueue commands;

    @Inject
    ScheduleSync schedules;

    @Inject
    AuditLog audit;

    @Inject
    BroadcastQueries broadcasts;

    Clock clock = Clock.systemUTC();

    @Override
    public void stop(String deviceId) {
        Caller caller = manager(deviceId);
        Instant now = clock.instant();
        commands.sendAll(List.of(new DeliveryQueue.Command(deviceId, CommandJson.stop(now), JMS_PRIORITY,
                now.plus(STOP_VALID).toEpochMilli())));
        audit.record(caller, DeviceService.SUBJECT, deviceId, "command.stop", null, null, null, now);
    }

    @Override
    public void setVolume(String deviceId, Integer volume) {
        Caller caller = manager(deviceId);
        if (volume == null) {
            throw new DeviceProblemsException(List.of(new DeviceProblem(0, "volume", DeviceProblem.REQUIRED, "")));
        }
        if (volume < 0 || volume > 100) {
            throw new DeviceProblemsException(List.of(new DeviceProblem(0, "volume", DeviceProblem.RANGE, volume.toString())));
        }
        Instant now = clock.instant();
        commands.sendAll(List.of(new DeliveryQueue.Command(deviceId, CommandJson.volume(volume, now), JMS_PRIORITY, 0)));
        audit.record(caller, DeviceService.SUBJECT, deviceId, "command.volume", null, volume.toString(), null, now);
    }

    @Override
    public int syncSchedule(String deviceId) {
        Caller caller = manager(deviceId);
        int n = schedules.sync(deviceId);
        audit.record(caller, DeviceService.SUBJECT, deviceId, "command.sync", null, null, n + " slots", clock.instant());
        return n;
    }

    @Override
    public Map<String, DeviceActivity> activity(String unitCode) {
        return broadcasts.activity(unitCode);
    }

    private Caller manager(String deviceId) {
        Caller caller = callers.current();
        Device d = devices.find(deviceId).orElseThrow(() -> new AccessRefusedException("unknown device " + deviceId));
        if (units.find(d.unitCode()).filter(c -> DeviceAccess.mayManage(caller, c)).isEmpty()) {
            throw new AccessRefusedException(caller.username() + " may not command device " + deviceId);
        }
        if (d.transport() == Transport.FM_ONLY) {
            throw new DeviceProblemsException(List.of(new DeviceProblem(0, "transport", DeviceProblem.NO_NETWORK, deviceId)));
        }
        return caller;
    }
}
