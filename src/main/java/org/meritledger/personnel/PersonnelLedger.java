package org.meritledger.personnel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerAppend;

/**
 * Personnel's side of the ledger: the integrity-hold check every write method starts with, and
 * one entry per change, carrying the record's full new state, in the change's own transaction.
 */
@ApplicationScoped
public class PersonnelLedger {

    private IntegrityGuard guard;
    private LedgerAppend ledger;

    protected PersonnelLedger() {}

    @Inject
    public PersonnelLedger(IntegrityGuard guard, LedgerAppend ledger) {
        this.guard = guard;
        this.ledger = ledger;
    }

    /** Refuses with a clear message while the ledger is under an integrity hold. */
    public void requireWritable() {
        guard.requireWritable();
    }

    /** @param event created or updated */
    long soldier(String event, Soldier s) {
        return ledger.append("personnel.soldier." + event, "soldier:" + s.getId(), PersonnelStates.of(s));
    }

    /** @param event created, updated, activated or deactivated */
    void unit(String event, OrgUnit u) {
        ledger.append("personnel.unit." + event, "unit:" + u.getId(), PersonnelStates.of(u));
    }

    /** @param event created or updated (profile, roles, command or activation; never passwords) */
    void account(String event, Account a) {
        ledger.append("personnel.account." + event, "account:" + a.getId(), PersonnelStates.of(a));
    }
}
