package org.meritledger.career;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.meritledger.personnel.InMemoryPersonnel;

/** Career events in memory, with a {@link CareerService} wired to an {@link InMemoryPersonnel}. */
public final class InMemoryCareers implements CareerEntries {

    public final Map<Long, CareerEntry> rows = new LinkedHashMap<>();
    private final AtomicLong ids = new AtomicLong(5000);
    public final CareerService service;

    public InMemoryCareers(InMemoryPersonnel p) {
        service = new CareerService(
                this,
                p.soldiers,
                p.accounts,
                p.scope,
                p.callers,
                new CareerLedger(p.guard, p.append),
                p.soldierService,
                p.clock);
    }

    private static final Comparator<CareerEntry> NEWEST = Comparator.comparing(CareerEntry::getEffectiveOn)
            .thenComparing(CareerEntry::getId)
            .reversed();

    @Override
    public List<CareerEntry> ofSoldier(long soldierId, int offset, int limit) {
        return rows.values().stream()
                .filter(e -> e.getSoldierId() == soldierId)
                .sorted(NEWEST)
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public long countOfSoldier(long soldierId) {
        return rows.values().stream().filter(e -> e.getSoldierId() == soldierId).count();
    }

    @Override
    public Optional<LocalDate> latestEffective(long soldierId, CareerKind kind) {
        return rows.values().stream()
                .filter(e -> e.getSoldierId() == soldierId && e.getKind() == kind)
                .map(CareerEntry::getEffectiveOn)
                .max(Comparator.naturalOrder());
    }

    @Override
    public Optional<CareerEntry> find(long id) {
        return Optional.ofNullable(rows.get(id));
    }

    @Override
    public java.util.Set<Long> withdrawnIds(long soldierId) {
        java.util.Set<Long> out = new java.util.HashSet<>();
        rows.values().stream()
                .filter(e -> e.getSoldierId() == soldierId && e.getRefersTo() != null)
                .forEach(e -> out.add(e.getRefersTo()));
        return out;
    }

    @Override
    public CareerEntry add(CareerEntry e) {
        e.assignId(ids.incrementAndGet());
        rows.put(e.getId(), e);
        return e;
    }
}
