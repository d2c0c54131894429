package org.meritledger.ledger;

/**
 * A feature's one-time catch-up when a new version mirrors rows that older versions did not put on
 * the ledger (e.g. signed sessions): at the first start after the upgrade, before the start-up
 * verification, it appends an entry for each such row and a marker entry, so verification can
 * hold every row to the ledger from then on. Runs once per ledger (the marker says it ran), so a
 * row forged later is never taken in. Implementations run in their own transaction.
 */
public interface LedgerUpgrade {

    /** Appends what is missing and the marker, unless the marker is on the ledger already. */
    void catchUp();
}
