package vn.nguon.devices.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.nguon.devices.domain.Device;
import vn.nguon.devices.domain.DeviceRepository;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaDeviceRepository implements DeviceRepository {

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    @Override
    public Optional<Device> find(String id) {
        return Optional.ofNullable(em.find(Device.class, id));
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
    public boolean nameTaken(String unitCode, String name) {
        return em.createQuery("select count(d) from Device d where d.unitCode = :u and lower(d.name) = lower(:n)", Long.class)
                .setParameter("u", unitCode).setParameter("n", name.strip()).getSingleResult() > 0;
    }

    @Override
    public long nextSerial() {
        return ((Number) em.createNativeQuery("select nextval('device_serial_seq')").getSingleResult()).longValue();
    }

    @Override
    public void add(Device device) {
        em.persist(device);
    }
}
