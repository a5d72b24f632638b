package vn.nguon.devices.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.nguon.devices.domain.Device;
import vn.nguon.devices.domain.DeviceRepository;

import vn.nguon.devices.domain.DeviceMessage;
import vn.nguon.devices.domain.DeviceRef;
import vn.nguon.shared.db.NativeSql;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaDeviceRepository implements DeviceRepository {

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    @Override
    public Optional<Device> find(String id) {
        return Optional.ofNullable(em.find(Device.class, id));
    }

    /** The advisory-lock class of device imports (the second key is the unit's). */
    static final int IMPORT_LOCK = 0x4E47_0001;

    @Override
    public List<Device> withRefusedMessages(int limit) {
        return em.createQuery("select d from Device d where d.refusedMessages > 0 order by d.refusedMessages desc, d.id",
                Device.class).setMaxResults(limit).getResultList();
    }

    @Override
    public List<Device> under(String unitCode) {
        // a commune, its province, or the ministry: the device's commune, its parent or its grandparent
        return em.createQuery("""
                        select d from Device d, OrgUnit c where c.code = d.unitCode
                          and (c.code = :u or c.parent.code = :u or c.parent.parent.code = :u)
                        order by d.createdAt desc, d.id desc""", Device.class)
                .setParameter("u", unitCode).getResultList();
    }

    @Override
    public List<DeviceRef> refsUnder(String unitCode) {
        return em.createQuery("""
                        select new vn.nguon.devices.domain.DeviceRef(d.id, d.unitCode, d.type) from Device d, OrgUnit c
                        where c.code = d.unitCode and (c.code = :u or c.parent.code = :u or c.parent.parent.code = :u)
                        order by d.createdAt desc, d.id desc""", DeviceRef.class)
                .setParameter("u", unitCode).getResultList();
    }

    @Override
    public boolean nameTaken(String unitCode, String name) {
        return em.createQuery("select count(d) from Device d where d.unitCode = :u and lower(d.name) = lower(:n)", Long.class)
                .setParameter("u", unitCode).setParameter("n", name.strip()).getSingleResult() > 0;
    }

    @Override
    public long reserveSerials(int n) {
        long next = ((Number) em.createNativeQuery(
                        "update device_serial set next_value = next_value + ?1 where id = 1 returning next_value")
                .setParameter(1, n).getSingleResult()).longValue();
        return next - n;
    }

    @Override
    public java.util.Set<String> namesIn(String unitCode) {
        return new java.util.HashSet<>(em.createQuery("select lower(d.name) from Device d where d.unitCode = :u", String.class)
                .setParameter("u", unitCode).getResultList().stream().map(String::strip).toList());
    }

    @Override
    public boolean tryLockImports(String unitCode) {
        // transaction-scoped advisory lock: released by commit or rollback, whatever happens in between
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1, ?2)")
                .setParameter(1, IMPORT_LOCK).setParameter(2, unitCode.hashCode()).getSingleResult();
    }

    @Override
    public void flushAndClear() {
        em.flush();
        em.clear();
    }

    @Override
    public void add(Device device) {
        em.persist(device);
    }

    @Override
    public int markSilentOffline(Instant before) {
        return em.createNativeQuery("UPDATE device SET online = FALSE, playing = NULL WHERE online AND (last_seen_at IS NULL OR last_seen_at < ?1)")
                .setHint(NativeSql.TABLES, "device")
                .setParameter(1, before).executeUpdate();
    }

    @Override
    public void recordFmPeriods(String deviceId, List<DeviceMessage.FmPeriod> periods, Instant reportedAt) {
        for (DeviceMessage.FmPeriod p : periods) {
            em.createNativeQuery("""
                            INSERT INTO device_fm_period (device_id, from_at, to_at, reported_at) VALUES (?1, ?2, ?3, ?4)
                            ON CONFLICT (device_id, from_at) DO UPDATE SET to_at = GREATEST(device_fm_period.to_at, EXCLUDED.to_at)""")
                    .setHint(NativeSql.TABLES, "device_fm_period")
                    .setParameter(1, deviceId).setParameter(2, p.from()).setParameter(3, p.to()).setParameter(4, reportedAt)
                    .executeUpdate();
        }
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<DeviceMessage.FmPeriod> fmPeriods(String deviceId, Instant since) {
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT from_at, to_at FROM device_fm_period WHERE device_id = ?1 AND to_at > ?2 ORDER BY from_at DESC")
                .setHint(NativeSql.TABLES, "device_fm_period")
                .setParameter(1, deviceId).setParameter(2, since).getResultList();
        return rows.stream().map(r -> new DeviceMessage.FmPeriod(instant(r[0]), instant(r[1]))).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Duration> fmFallbackSince(String unitCode, Instant since) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT p.device_id, SUM(EXTRACT(EPOCH FROM p.to_at - GREATEST(p.from_at, ?2)))
                        FROM device_fm_period p JOIN device d ON d.id = p.device_id
                             JOIN org_unit c ON c.code = d.unit_code LEFT JOIN org_unit pr ON pr.code = c.parent_code
                        WHERE p.to_at > ?2 AND (c.code = ?1 OR c.parent_code = ?1 OR pr.parent_code = ?1)
                        GROUP BY p.device_id""")
                .setHint(NativeSql.TABLES, "device_fm_period,device,org_unit")
                .setParameter(1, unitCode).setParameter(2, since).getResultList();
        Map<String, Duration> out = new HashMap<>();
        for (Object[] r : rows) {
            out.put((String) r[0], Duration.ofSeconds(((Number) r[1]).longValue()));
        }
        return out;
    }

    private static Instant instant(Object o) {
        return o instanceof java.sql.Timestamp t ? t.toInstant() : o instanceof java.time.OffsetDateTime t ? t.toInstant() : (Instant) o;
    }
}
