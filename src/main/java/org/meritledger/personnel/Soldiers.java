package org.meritledger.personnel;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.meritledger.base.PageRequest;

/** Soldiers, paged and filtered in the database because there may be hundreds of thousands. */
public interface Soldiers {
    Optional<Soldier> find(long id);

    /** Those of these soldiers that exist (the stored implementation in one query, not one per id). */
    default List<Soldier> findAll(Collection<Long> ids) {
        return ids.stream().map(this::find).flatMap(Optional::stream).toList();
    }

    Optional<Soldier> findByServiceNumber(String serviceNumber);

    /**
     * @param unitIds restrict to these units, or {@code null} for every unit
     */
    List<Soldier> page(SoldierFilter filter, Collection<Long> unitIds, PageRequest page);

    long count(SoldierFilter filter, Collection<Long> unitIds);

    Soldier store(Soldier soldier);
}
