package org.meritledger.career;

import java.util.List;
import java.util.Optional;

/** Stored career events. Append-only: there is no update or delete. */
public interface CareerEntries {

    /** A soldier's events, newest first (effective date, then id), at most {@code limit} from {@code offset}. */
    List<CareerEntry> ofSoldier(long soldierId, int offset, int limit);

    long countOfSoldier(long soldierId);

    /** The newest effective date among the soldier's events of this kind. */
    Optional<java.time.LocalDate> latestEffective(long soldierId, CareerKind kind);

    Optional<CareerEntry> find(long id);

    /** Ids of the soldier's events that a withdrawal refers to. */
    java.util.Set<Long> withdrawnIds(long soldierId);

    CareerEntry add(CareerEntry e);
}
