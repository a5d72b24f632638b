package vn.nguon.org.domain;

import java.util.List;
import java.util.Optional;

/** Read access to the hierarchy. */
public interface OrgUnitRepository {

    Optional<OrgUnit> find(String code);

    List<OrgUnit> children(String parentCode);

    long count(UnitLevel level);
}
