package vn.nguon.org.application;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import vn.nguon.org.domain.OrgUnitRepository;
import vn.nguon.org.domain.UnitLevel;

import java.util.List;
import java.util.Optional;

/**
 * Read side of the hierarchy. The hierarchy itself is public reference data (the official list),
 * so reading it needs no particular role; what hangs off a unit is guarded by each feature.
 */
@Stateless
@PermitAll
public class OrgUnitQueries {

    @Inject
    OrgUnitRepository units;

    public Optional<UnitView> unit(String code) {
        return units.find(code).map(UnitView::of);
    }

    /** The unit directly above, if any. */
    public Optional<UnitView> parentOf(String code) {
        return units.find(code).map(vn.nguon.org.domain.OrgUnit::parent).map(UnitView::of);
    }

    public List<UnitView> children(String parentCode) {
        return units.children(parentCode).stream().map(UnitView::of).toList();
    }

    public long count(UnitLevel level) {
        return units.count(level);
    }
}
