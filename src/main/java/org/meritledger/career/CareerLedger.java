package org.meritledger.career;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerAppend;

/**
 * Career's side of the ledger: the integrity-hold check, and one entry per career event, as the
 * commander who recorded it, in the event's own transaction (subject career:ID, the soldier in the
 * payload).
 */
@ApplicationScoped
public class CareerLedger {

    private IntegrityGuard guard;
    private LedgerAppend ledger;

    protected CareerLedger() {}

    @Inject
    public CareerLedger(IntegrityGuard guard, LedgerAppend ledger) {
        this.guard = guard;
        this.ledger = ledger;
    }

    /** Refuses with a clear message while the ledger is under an integrity hold. */
    public void requireWritable() {
        guard.requireWritable();
    }

    void career(CareerEntry e) {
        ledger.append(e.getKind().entryType(), "career:" + e.getId(), CareerStates.of(e));
    }
}
