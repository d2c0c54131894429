package org.meritledger.rewards.catalog;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerAppend;

/**
 * The catalog's side of the ledger: the integrity-hold check, and one entry per change of an
 * item (subject {@code catalog-item:ID}, the item's full new state), in the change's own
 * transaction.
 */
@ApplicationScoped
public class CatalogLedger {

    public static final String SUBJECT_PREFIX = "catalog-item:";

    private IntegrityGuard guard;
    private LedgerAppend ledger;

    protected CatalogLedger() {}

    @Inject
    public CatalogLedger(IntegrityGuard guard, LedgerAppend ledger) {
        this.guard = guard;
        this.ledger = ledger;
    }

    /** Refuses with a clear message while the ledger is under an integrity hold. */
    public void requireWritable() {
        guard.requireWritable();
    }

    /** @return the entry's sequence number, which the version row keeps */
    long item(ChangeKind change, CatalogItem item) {
        return ledger.append(change.entryType(), SUBJECT_PREFIX + item.getId(), CatalogStates.of(item));
    }
}
