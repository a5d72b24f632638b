package vn.nguon.devices.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.audit.application.AuditLog;
import vn.nguon.devices.domain.Device;
import vn.nguon.devices.domain.DeviceCsv;
import vn.nguon.devices.domain.DeviceData;
import vn.nguon.devices.domain.DeviceMessage;
import vn.nguon.devices.domain.DeviceProblem;
import vn.nguon.devices.domain.DeviceRepository;
import vn.nguon.devices.infrastructure.BrokerAccounts;
import vn.nguon.identity.application.Caller;
import vn.nguon.identity.application.CallerService;
import vn.nguon.identity.domain.Role;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.org.domain.UnitLevel;
import vn.nguon.kernel.AccessRefusedException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.nguon.audit.application.TimelineEntry;

/**
 * The device registry: list, register, edit, import from CSV, issue / rotate / revoke
 * credentials. A unit sees the devices of its communes; the device operators of a commune, and
 * the officers and leaders above it, manage them. Every change is audited.
 */
@Stateless
@RolesAllowed({Role.Names.DEVICE_OPERATOR, Role.Names.COMMUNE_OFFICER, Role.Names.COMMUNE_LEADER,
        Role.Names.PROVINCE_OFFICER, Role.Names.PROVINCE_LEADER, Role.Names.MINISTRY_OFFICER, Role.Names.MINISTRY_LEADER})
public class DeviceService {

    /** The audit subject of devices. */
    public static final String SUBJECT = "device";
    /** Devices written per JDBC batch round (and persistence-context clearing) of an import. */
    static final int IMPORT_BATCH = 500;

    /** A secret shown once, right after it was issued. */
    public record Credentials(String deviceId, String username, String secret) implements java.io.Serializable {
    }

    @Inject
    CallerService callers;

    @Inject
    DeviceRepository devices;

    @Inject
    OrgUnitRepository units;

    @Inject
    AuditLog audit;

    @Inject
    BrokerAccounts broker;

    Clock clock = Clock.systemUTC();

    /** The devices under a unit (the caller's own by default). */
    public List<DeviceView> list(String unitCode) {
        Caller caller = callers.current();
        OrgUnit unit = unit(unitCode == null ? caller.unit().code() : unitCode)
                .orElseThrow(() -> new AccessRefusedException("unknown unit " + unitCode));
        if (!DeviceAccess.inScope(caller, unit)) {
            throw new AccessRefusedException(caller.username() + " may not see the devices of " + unit.code());
        }
        Map<String, String> names = new HashMap<>();
        Map<String, Duration> onFm = devices.fmFallbackSince(unit.code(), now().minus(DeviceView.FM_WINDOW));
        return devices.under(unit.code()).stream()
                .map(d -> DeviceView.of(d, names.computeIfAbsent(d.unitCode(), c -> unit(c).map(OrgUnit::fullName).orElse(c)),
                        onFm.getOrDefault(d.id(), Duration.ZERO)))
                .toList();
    }

    /** The periods a device in the caller's scope reported on FM fallback in the last {@code days} days, latest first. */
    public List<DeviceMessage.FmPeriod> fmFallback(String id, int days) {
        visible(id);
        if (days < 1 || days > 366) {
            throw new DeviceProblemsException(List.of(new DeviceProblem(0, "days", DeviceProblem.RANGE, String.valueOf(days))));
        }
        return devices.fmPeriods(id, now().minus(Duration.ofDays(days)));
    }

    public DeviceView register(DeviceData data) {
        Caller caller = callers.current();
        OrgUnit commune = manageable(caller, data.communeCode());
        List<DeviceProblem> problems = new ArrayList<>(data.problems(0));
        if (problems.isEmpty() && devices.nameTaken(commune.code(), data.name())) {
            problems.add(new DeviceProblem(0, "name", DeviceProblem.DUPLICATE, data.name().strip()));
        }
        if (!problems.isEmpty()) {
            throw new DeviceProblemsException(problems);
        }
        Device d = create(caller, commune, data, devices.reserveSerials(1));
        return DeviceView.of(d, commune.fullName());
    }

    public DeviceView update(String id, long expectedVersion, DeviceData data) {
        Caller caller = callers.current();
        Device d = device(id);
        OrgUnit commune = manageable(caller, d.unitCode());
        if (d.version() != expectedVersion) {
            throw new DeviceProblemsException(List.of(new DeviceProblem(0, "", "stale", String.valueOf(d.version()))));
        }
        List<DeviceProblem> problems = new ArrayList<>(data.problems(0));
        if (problems.isEmpty() && !d.name().equalsIgnoreCase(data.name().strip()) && devices.nameTaken(commune.code(), data.name())) {
            problems.add(new DeviceProblem(0, "name", DeviceProblem.DUPLICATE, data.name().strip()));
        }
        if (!problems.isEmpty()) {
            throw new DeviceProblemsException(problems);
        }
        d.update(data);
        audit.record(caller, SUBJECT, d.id(), "update", null, null, d.name(), now());
        return DeviceView.of(d, commune.fullName());
    }

    /**
     * Imports a whole file or nothing: every row is checked (values, commune, scope, names taken)
     * and all problems come back with their line numbers.
     *
     * @return the devices registered
     */
    public List<DeviceView> importCsv(String csv, String defaultCommune) {
        Caller caller = callers.current();
        // one import per unit at a time: a second one is refused at once, not queued behind the first
        if (!devices.tryLockImports(caller.unit().code())) {
            throw new DeviceProblemsException(List.of(new DeviceProblem(0, "file", DeviceProblem.IMPORT_RUNNING,
                    caller.unit().code())));
        }
        DeviceCsv.Result parsed = DeviceCsv.parse(csv);
        List<DeviceProblem> problems = new ArrayList<>(parsed.problems());
        String fallback = defaultCommune != null ? defaultCommune : caller.unit().code();
        // each commune looked up once, and its devices' names read once, whatever the number of rows
        Map<String, Optional<OrgUnit>> communes = new HashMap<>();
        Map<String, Set<String>> taken = new HashMap<>();
        List<Object[]> ok = new ArrayList<>();
        for (DeviceCsv.Row parsedRow : parsed.rows()) {
            int line = parsedRow.line();
            DeviceData row = parsedRow.data();
            String code = row.communeCode() != null ? row.communeCode() : fallback;
            Optional<OrgUnit> commune = communes.computeIfAbsent(code, c -> unit(c).filter(u -> u.level() == UnitLevel.COMMUNE));
            if (commune.isEmpty()) {
                problems.add(new DeviceProblem(line, "commune", DeviceProblem.UNKNOWN_COMMUNE, code));
            } else if (!DeviceAccess.mayManage(caller, commune.get())) {
                problems.add(new DeviceProblem(line, "commune", DeviceProblem.NOT_YOURS, code));
            } else if (taken.computeIfAbsent(code, devices::namesIn).contains(row.name().strip().toLowerCase(Locale.ROOT))) {
                problems.add(new DeviceProblem(line, "name", DeviceProblem.DUPLICATE, row.name().strip()));
            } else {
                ok.add(new Object[]{commune.get(), row});
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(DeviceProblem::line));
            throw new DeviceProblemsException(problems);
        }
        // serial numbers from a counter that rolls back with the import: a refused import uses none
        long serial = devices.reserveSerials(ok.size());
        List<DeviceView> created = new ArrayList<>();
        for (int i = 0; i < ok.size(); i++) {
            OrgUnit commune = (OrgUnit) ok.get(i)[0];
            created.add(DeviceView.of(create(caller, commune, (DeviceData) ok.get(i)[1], serial + i), commune.fullName()));
            if (i % IMPORT_BATCH == IMPORT_BATCH - 1) {
                devices.flushAndClear(); // written in JDBC batches; the persistence context stays small
            }
        }
        return created;
    }

    /** Issues (or rotates) a device's secret; the old one stops working. The secret is returned once. */
    public Credentials issueCredentials(String id) {
        Caller caller = callers.current();
        Device d = device(id);
        manageable(caller, d.unitCode());
        String before = d.credentialState().name();
        String secret = d.issueCredentials(now());
        broker.grant(d.id(), secret); // reaches the broker when this transaction commits
        audit.record(caller, SUBJECT, d.id(), before.equals("ACTIVE") ? "credentials.rotate" : "credentials.issue",
                before, d.credentialState().name(), null, now());
        return new Credentials(d.id(), d.id(), secret);
    }

    public DeviceView revokeCredentials(String id) {
        Caller caller = callers.current();
        Device d = device(id);
        OrgUnit commune = manageable(caller, d.unitCode());
        try {
            d.revokeCredentials(now());
            broker.revoke(d.id());
        } catch (IllegalStateException e) {
            throw new DeviceProblemsException(List.of(new DeviceProblem(0, "credentials", "noCredentials", id)));
        }
        audit.record(caller, SUBJECT, d.id(), "credentials.revoke", "ACTIVE", "REVOKED", null, now());
        return DeviceView.of(d, commune.fullName());
    }

    /** Everything done to a device in the caller's scope (registration, edits, credentials, commands), oldest first. */
    public List<TimelineEntry> history(String id) {
        visible(id);
        return audit.timeline(SUBJECT, id);
    }

    // --- helpers ------------------------------------------------------------------------------

    /** Refuses a device outside the caller's unit (its commune or a unit above it sees it). */
    private void visible(String id) {
        Caller caller = callers.current();
        Device d = device(id);
        if (unit(d.unitCode()).filter(u -> DeviceAccess.inScope(caller, u)).isEmpty()) {
            throw new AccessRefusedException(caller.username() + " may not see device " + id);
        }
    }

    /** Registers one device with the given serial number, audited. */
    private Device create(Caller caller, OrgUnit commune, DeviceData data, long serial) {
        Device d = new Device(Device.idFor(commune.code(), serial), commune.code(), data, caller.username(), now());
        devices.add(d);
        audit.record(caller, SUBJECT, d.id(), "register", null, d.credentialState().name(), d.name(), now());
        return d;
    }

    private OrgUnit manageable(Caller caller, String communeCode) {
        String code = communeCode == null ? caller.unit().code() : communeCode;
        OrgUnit commune = unit(code).filter(u -> u.level() == UnitLevel.COMMUNE).orElseThrow(() ->
                new DeviceProblemsException(List.of(new DeviceProblem(0, "commune", DeviceProblem.UNKNOWN_COMMUNE, code))));
        if (!DeviceAccess.mayManage(caller, commune)) {
            throw new AccessRefusedException(caller.username() + " (" + caller.unit().code() + ", " + caller.roles()
                    + ") may not manage the devices of " + commune.code());
        }
        return commune;
    }

    private Device device(String id) {
        return devices.find(id).orElseThrow(() -> new AccessRefusedException("unknown device " + id));
    }

    private Optional<OrgUnit> unit(String code) {
        return code == null ? Optional.empty() : units.find(code);
    }

    private Instant now() {
        return clock.instant();
    }
}
