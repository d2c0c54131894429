package org.meritledger.rewards.movement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
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

    protected MovementWriter() {}

    @Inject
    public MovementWriter(
            Movements movements,
            LedgerAppend ledger,
            IntegrityGuard guard,
            Clock clock,
            Event<RecordedMovement> recorded) {
        this.movements = movements;
        this.ledger = ledger;
        this.guard = guard;
        this.clock = clock;
        this.recorded = recorded;
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
}
