package org.meritledger.personnel;

import java.util.List;
import java.util.Optional;

/** All units. The whole set is small enough to load for tree questions. */
public interface Units {
    Optional<OrgUnit> find(long id);

    Optional<OrgUnit> findByCode(String code);

    List<OrgUnit> all();

    OrgUnit store(OrgUnit unit);
}
