package vn.nguon.it;

import jakarta.inject.Inject;
import jakarta.persistence.Cache;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.nguon.org.application.OrgUnitQueries;
import vn.nguon.org.application.UnitView;
import vn.nguon.org.domain.OrgUnit;
import vn.nguon.org.domain.UnitLevel;
import vn.nguon.shared.db.DatabaseMigrator;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The official hierarchy, loaded into the real PostgreSQL by the migration, exactly once. */
@ExtendWith(ArquillianExtension.class)
class HierarchyIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.backend("hierarchy-it", HierarchyIT.class);
    }

    @Inject
    OrgUnitQueries units;

    @Inject
    DatabaseMigrator migrator;

    @Inject
    UserTransaction tx;

    @PersistenceContext(unitName = "nguon")
    EntityManager em;

    @Test
    void theWholeHierarchyIsLoaded() {
        assertEquals(1, units.count(UnitLevel.MINISTRY));
        assertEquals(34, units.count(UnitLevel.PROVINCE));
        assertEquals(3321, units.count(UnitLevel.COMMUNE));
        List<UnitView> provinces = units.children("BVHTTDL");
        assertEquals(34, provinces.size());
        assertEquals(38, units.children("12").size(), "Lai Châu has 38 communes");
        assertTrue(units.children("12").stream().anyMatch(c -> c.fullName().equals("Xã Bình Lư")));
    }

    @Test
    void aCommuneKnowsItsChain() {
        UnitView binhLu = units.unit("03390").orElseThrow();
        assertEquals("Xã Bình Lư — Tỉnh Lai Châu", binhLu.chainText());
        assertEquals(UnitLevel.COMMUNE, binhLu.level());
        assertEquals("Xã Sơn Tây Hạ — Tỉnh Quảng Ngãi", units.unit("21343").orElseThrow().chainText());
        assertTrue(units.unit("99999").isEmpty());
        assertTrue(units.unit(null).isEmpty());
    }

    @Test
    void unitsAreReadFromTheSecondLevelCache() throws Exception {
        // (no eviction first: Infinispan refuses to cache loads that start right after an invalidation)
        for (int i = 0; i < 2; i++) {
            tx.begin();
            try {
                units.unit("03390").orElseThrow(); // Bình Lư, and its chain: Lai Châu, the ministry
            } finally {
                tx.commit();
            }
        }
        Cache cache = em.getEntityManagerFactory().getCache();
        for (String code : new String[]{"03390", "12", "BVHTTDL"}) {
            assertTrue(cache.contains(OrgUnit.class, code), code + " is in the second-level cache");
        }
    }

    @Test
    void migratingAgainChangesNothing() {
        assertTrue(migrator.isMigrated());
        assertEquals(0, migrator.migrateNow(), "nothing left to apply");
        assertEquals(3321, units.count(UnitLevel.COMMUNE));
        assertEquals(34, units.count(UnitLevel.PROVINCE));
    }
}
