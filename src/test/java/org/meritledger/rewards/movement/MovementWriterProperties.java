package org.meritledger.rewards.movement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.meritledger.base.InvalidInputException;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerAppend;
import org.meritledger.ledger.core.jcs.JsonParser;

/**
 * Thousands of random awards, deductions and reversals through the real {@link MovementWriter}
 * (in-memory rows, a recording ledger): every balance equals the sum of the soldier's ledger
 * entries and of their rows, verification's checks (rows rebuilt as entries, the streaming
 * balance audit) agree, and one edited balance is found and named.
 */
class MovementWriterProperties {

    /** One step: a soldier, what happens, how many tokens, and which earlier movement a reversal picks. */
    record Op(int soldier, MovementKind kind, int magnitude, int pick) {}

    @Provide
    Arbitrary<Op> op() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 12),
                        Arbitraries.of(MovementKind.AWARD, MovementKind.DEDUCTION, MovementKind.REVERSAL),
                        Arbitraries.integers().between(1, 100),
                        Arbitraries.integers().between(0, Integer.MAX_VALUE))
                .as(Op::new);
    }

    @Property(tries = 20)
    void balancesAreTheSumOfTheLedgersMovements(
            @ForAll @Size(min = 1000, max = 3000) List<@net.jqwik.api.From("op") Op> ops) {
        InMemoryMovements rows = new InMemoryMovements();
        List<String[]> entries = new ArrayList<>(); // type, subject, payload
        LedgerAppend ledger = (type, subject, payload) -> {
            entries.add(new String[] {type, subject, (String) payload});
            return entries.size() - 1;
        };
        MovementWriter writer = new MovementWriter(
                rows,
                ledger,
                new IntegrityGuard(),
                Clock.fixed(Instant.parse("2026-11-30T08:00:00Z"), ZoneOffset.UTC),
                new NoEvents<>(),
                new NoEvents<>());
        Map<Long, Long> model = new HashMap<>();
        List<NewMovement> pending = new ArrayList<>();
        for (Op op : ops) {
            long soldier = op.soldier();
            if (op.kind() == MovementKind.REVERSAL) {
                flush(writer, pending, model);
                if (rows.rows.isEmpty()) {
                    continue;
                }
                Movement target = rows.rows.get(op.pick() % rows.rows.size());
                boolean allowed = target.getKind() != MovementKind.REVERSAL
                        && rows.reversalOf(target.getId()).isEmpty();
                int before = rows.rows.size();
                if (allowed) {
                    RecordedMovement r = writer.write(NewMovement.reversal(target, "reversed", null, 7L));
                    model.merge(target.getSoldierId(), -target.getAmount(), Long::sum);
                    assertEquals(model.get(target.getSoldierId()), r.balanceAfter());
                } else {
                    assertThrows(
                            InvalidInputException.class,
                            () -> writer.write(NewMovement.reversal(target, "again", null, 7L)));
                    assertEquals(before, rows.rows.size(), "a refused reversal writes nothing");
                }
            } else {
                pending.add(new NewMovement(soldier, op.kind(), op.magnitude(), 1L, "reason", null, null, 7L));
                // some one at a time, some together (an award to a platoon), in random runs
                if (op.pick() % 5 == 0 || pending.size() >= 1 + op.pick() % 40) {
                    flush(writer, pending, model);
                }
            }
        }
        flush(writer, pending, model);
        assertEquals(rows.rows.size(), entries.size(), "one entry per movement");

        // the ledger's own sums, from the entries alone
        Map<Long, Long> fromLedger = new HashMap<>();
        for (String[] e : entries) {
            Map<?, ?> p = (Map<?, ?>) JsonParser.parse(e[2]);
            assertTrue(e[0].startsWith("rewards.movement."));
            fromLedger.merge(
                    ((Number) p.get("soldierId")).longValue(), ((Number) p.get("amount")).longValue(), Long::sum);
        }
        BalanceAudit audit = new BalanceAudit();
        for (int i = 0; i < rows.rows.size(); i++) {
            Movement m = rows.rows.get(i);
            // the mirror: each row rebuilt as verification does equals its entry
            assertEquals(entries.get(i)[2], MovementStates.of(m));
            assertEquals("reward-movement:" + m.getId(), entries.get(i)[1]);
            audit.add(m.getSoldierId(), m.getId(), m.getAmount());
        }
        for (Map.Entry<Long, Long> s : model.entrySet()) {
            assertEquals(s.getValue(), fromLedger.getOrDefault(s.getKey(), 0L));
            assertEquals(s.getValue(), rows.balance(s.getKey()));
            assertEquals(s.getValue(), audit.sum(s.getKey()));
        }
        assertEquals(List.of(), audit.compare(rows.balances), "verification agrees");

        // one balance edited behind the ledger's back: found, and only that soldier named
        long victim = model.keySet().iterator().next();
        Map<Long, Long> edited = new HashMap<>(rows.balances);
        edited.merge(victim, 1L, Long::sum);
        List<BalanceAudit.Mismatch> found = audit.compare(edited);
        assertEquals(1, found.size());
        assertEquals(victim, found.get(0).soldierId());
    }

    /** Writes what is pending, alone or together, and checks each balance after it against the model. */
    private static void flush(MovementWriter writer, List<NewMovement> pending, Map<Long, Long> model) {
        if (pending.isEmpty()) {
            return;
        }
        List<RecordedMovement> written =
                pending.size() == 1 ? List.of(writer.write(pending.get(0))) : writer.writeAll(pending);
        assertEquals(pending.size(), written.size());
        for (RecordedMovement r : written) {
            model.merge(r.soldierId(), r.amount(), Long::sum);
            assertEquals(model.get(r.soldierId()), r.balanceAfter());
        }
        pending.clear();
    }

    @Property(tries = 200)
    void aDischargedSoldierGetsNoMovement(@ForAll("op") Op op) {
        InMemoryMovements rows = new InMemoryMovements();
        rows.status.put((long) op.soldier(), "DISCHARGED");
        MovementWriter writer = new MovementWriter(
                rows, (t, s, p) -> 0, new IntegrityGuard(), Clock.systemUTC(), new NoEvents<>(), new NoEvents<>());
        MovementKind kind = op.kind() == MovementKind.REVERSAL ? MovementKind.AWARD : op.kind();
        assertThrows(
                InvalidInputException.class,
                () -> writer.write(new NewMovement(op.soldier(), kind, op.magnitude(), 1L, "r", null, null, 7L)));
        // together with an active soldier: refused as a whole, nothing written for either
        long other = op.soldier() + 1L;
        assertThrows(
                InvalidInputException.class,
                () -> writer.writeAll(List.of(
                        new NewMovement(other, kind, op.magnitude(), 1L, "r", null, null, 7L),
                        new NewMovement(op.soldier(), kind, op.magnitude(), 1L, "r", null, null, 7L))));
        assertTrue(rows.rows.isEmpty());
        assertTrue(rows.balances.isEmpty());
    }

    /** CDI's event, unobserved. */
    static final class NoEvents<T> implements Event<T> {
        @Override
        public void fire(T event) {}

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<T> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
