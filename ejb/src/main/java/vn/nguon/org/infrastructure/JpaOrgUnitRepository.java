package vn.nguon.org.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.org.domain.UnitLevel;

import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaOrgUnitRepository implements OrgUnitRepository {

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    @Override
    public Optional<OrgUnit> find(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        // by primary key: from the second-level cache (units are reference data), no query and no
        // flush (a dispatch holds thousands of devices and asks for the unit of each commune); the
        // parent chain loads from the cache too, as it is walked
        return Optional.ofNullable(em.find(OrgUnit.class, code.strip()));
    }

    @Override
    public List<OrgUnit> children(String parentCode) {
        return em.createQuery("select u from OrgUnit u where u.parent.code = :p order by u.code", OrgUnit.class)
                .setParameter("p", parentCode)
                .getResultList();
    }

    @Override
    public long count(UnitLevel level) {
        return em.createQuery("select count(u) from OrgUnit u where u.level = :l", Long.class)
                .setParameter("l", level)
                .getSingleResult();
    }
}
