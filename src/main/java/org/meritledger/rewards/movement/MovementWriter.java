package org.meritledger.rewards.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.meritledger.base.InvalidInputException;
import org.meritledger.base.NotFoundException;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerAppend;

/**
 * The one way to change a token balance, for every feature (awards, deductions and appeals
 * here; redemption and award rules later). It writes the movement row, its ledger entry and the
 * balance cache in the caller's transaction, after locking the soldier so that one soldier's
 * movements never interleave. It checks only what holds for every movement (no integrity hold,
 * the soldier exists and is not discharged, a reversal undoes its movement once); who may move
 * whose tokens, and budgets, are the calling feature's checks.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MovementWriter {

    private Movements movements;
    private LedgerAppend ledger;
    private IntegrityGuard guard;
    private Clock clock;
    private Event<RecordedMovement> recorded;
    private Event<RecordedMovements> recordedTogether;

    protected MovementWriter() {}

    @Inject
    public MovementWriter(
            Movements movements,
            LedgerAppend ledger,
            IntegrityGuard guard,
            Clock clock,
            Event<RecordedMovement> recorded,
            Event<RecordedMovements> recordedTogether) {
        this.movements = movements;
        this.ledger = ledger;
        this.guard = guard;
        this.clock = clock;
        this.recorded = recorded;
        this.recordedTogether = recordedTogether;
    }

    public RecordedMovement write(NewMovement m) {
        guard.requireWritable();
        String status = movements
                .lockSoldier(m.soldierId())
                .orElseThrow(() -> new NotFoundException("soldier " + m.soldierId()));
        if ("DISCHARGED".equals(status)) {
            // a discharged soldier's balance is frozen: history stays readable, nothing new is added
            throw new InvalidInputException("soldierIds", "validation.rewards.discharged");
        }
        long amount;
        if (m.kind() == MovementKind.REVERSAL) {
            Movement reversed = movements
                    .find(m.reversesId() == null ? -1 : m.reversesId())
                    .orElseThrow(() -> new NotFoundException("movement " + m.reversesId()));
            if (reversed.getSoldierId() != m.soldierId() || reversed.getKind() == MovementKind.REVERSAL) {
                throw new InvalidInputException(null, "validation.rewards.reversal.invalid");
            }
            if (movements.reversalOf(reversed.getId()).isPresent()) {
                throw new InvalidInputException(null, "validation.rewards.reversal.already");
            }
            amount = -reversed.getAmount();
        } else {
            if (m.magnitude() <= 0) {
                throw new InvalidInputException("amount", "validation.rewards.amount.tooSmall");
            }
            amount = m.kind().sign() * m.magnitude();
        }
        Movement row = movements.add(new Movement(
                m.soldierId(),
                m.kind(),
                amount,
                m.categoryId(),
                m.reason(),
                m.reversesId(),
                m.reference(),
                m.actorAccountId(),
                clock.instant()));
        long seq = ledger.append(m.kind().entryType(), "reward-movement:" + row.getId(), MovementStates.of(row));
        long after = movements.addToBalance(m.soldierId(), amount);
        RecordedMovement out = new RecordedMovement(row.getId(), seq, m.soldierId(), m.kind(), amount, after);
        recorded.fire(out);
        return out;
    }

    /**
     * Many movements in one go (an award to a platoon), with the same checks as {@link #write}
     * and the same rows and entries, but the database work batched: the soldiers locked in one
     * statement, the rows inserted in one batch, the balances moved in one batch, one event for
     * all. Reversals are written one at a time ({@link #write}): each needs its movement looked up.
     */
    public List<RecordedMovement> writeAll(List<NewMovement> all) {
        guard.requireWritable();
        if (all.stream().anyMatch(m -> m.kind() == MovementKind.REVERSAL)) {
            return all.stream().map(this::write).toList();
        }
        Map<Long, String> status =
                movements.lockSoldiers(all.stream().map(NewMovement::soldierId).toList());
        for (NewMovement m : all) {
            String st = status.get(m.soldierId());
            if (st == null) {
                throw new NotFoundException("soldier " + m.soldierId());
            }
            if ("DISCHARGED".equals(st)) {
                throw new InvalidInputException("soldierIds", "validation.rewards.discharged");
            }
            if (m.magnitude() <= 0) {
                throw new InvalidInputException("amount", "validation.rewards.amount.tooSmall");
            }
        }
        Instant now = clock.instant();
        List<Movement> rows = new ArrayList<>(all.size());
        Map<Long, Long> deltas = new LinkedHashMap<>();
        for (NewMovement m : all) {
            long amount = m.kind().sign() * m.magnitude();
            rows.add(new Movement(
                    m.soldierId(),
                    m.kind(),
                    amount,
                    m.categoryId(),
                    m.reason(),
                    null,
                    m.reference(),
                    m.actorAccountId(),
                    now));
            deltas.merge(m.soldierId(), amount, Long::sum);
        }
        movements.addAll(rows);
        long[] seqs = new long[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            Movement row = rows.get(i);
            seqs[i] =
                    ledger.append(row.getKind().entryType(), "reward-movement:" + row.getId(), MovementStates.of(row));
        }
        Map<Long, Long> finals = movements.addToBalances(deltas);
        // each movement's "balance after": the final balance less what came after it in this batch
        Map<Long, Long> running = new HashMap<>();
        finals.forEach((id, fin) -> running.put(id, fin - deltas.get(id)));
        List<RecordedMovement> out = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Movement row = rows.get(i);
            long after = running.merge(row.getSoldierId(), row.getAmount(), Long::sum);
            out.add(new RecordedMovement(
                    row.getId(), seqs[i], row.getSoldierId(), row.getKind(), row.getAmount(), after));
        }
        recordedTogether.fire(new RecordedMovements(out));
        return out;
    }
}
