package org.meritledger.rewards.movement;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Movements in memory for domain tests: ids assigned in order, like the identity column. */
public final class InMemoryMovements implements Movements {

    public final List<Movement> rows = new ArrayList<>();
    public final Map<Long, Long> balances = new HashMap<>();
    public final Map<Long, String> status = new HashMap<>();
    /** The ledger entry of a movement as history rows show it (none unless a test wires a ledger). */
    public java.util.function.LongFunction<Long> seqOf = id -> null;

    @Override
    public Movement add(Movement m) {
        try {
            Field id = Movement.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(m, (long) rows.size() + 1);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        rows.add(m);
        return m;
    }

    @Override
    public Optional<Movement> find(long id) {
        return id >= 1 && id <= rows.size() ? Optional.of(rows.get((int) id - 1)) : Optional.empty();
    }

    @Override
    public Optional<Movement> reversalOf(long id) {
        return rows.stream()
                .filter(m -> m.getReversesId() != null && m.getReversesId() == id)
                .findFirst();
    }

    @Override
    public Optional<String> lockSoldier(long soldierId) {
        return Optional.of(status.getOrDefault(soldierId, "ACTIVE"));
    }

    @Override
    public long balance(long soldierId) {
        return balances.getOrDefault(soldierId, 0L);
    }

    @Override
    public long addToBalance(long soldierId, long delta) {
        return balances.merge(soldierId, delta, Long::sum);
    }

    @Override
    public long awardedBy(long accountId, Instant from, Instant to) {
        return rows.stream()
                .filter(m -> m.getKind() == MovementKind.AWARD
                        && Long.valueOf(accountId).equals(m.getRecordedBy()))
                .filter(m ->
                        !m.getRecordedAt().isBefore(from) && m.getRecordedAt().isBefore(to))
                .mapToLong(Movement::getAmount)
                .sum();
    }

    @Override
    public List<MovementLine> history(long soldierId, HistoryFilter filter, int offset, int limit) {
        return rows.stream()
                .filter(m -> m.getSoldierId() == soldierId)
                .filter(m -> filter.kind() == null || m.getKind() == filter.kind())
                .sorted(Comparator.comparing(Movement::getId).reversed())
                .skip(offset)
                .limit(limit)
                .map(m -> new MovementLine(
                        m.getId(),
                        m.getKind(),
                        m.getAmount(),
                        m.getCategoryId(),
                        m.getReason(),
                        m.getReversesId(),
                        m.getRecordedBy(),
                        m.getRecordedAt(),
                        seqOf.apply(m.getId())))
                .toList();
    }

    @Override
    public long count(long soldierId, HistoryFilter filter) {
        return history(soldierId, filter, 0, Integer.MAX_VALUE).size();
    }
}
