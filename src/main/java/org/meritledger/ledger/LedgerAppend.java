package org.meritledger.ledger;

/**
 * What a feature needs to record its changes: append one entry inside the caller's transaction.
 * An interface so plain unit tests of feature services can record into a list instead.
 */
public interface LedgerAppend {

    /**
     * Appends an entry in the current transaction (there must be one), as the current caller.
     *
     * @param type dotted entry type, e.g. {@code personnel.soldier.updated}
     * @param subject what it is about, e.g. {@code soldier:42}, or null
     * @param payload the full new state: a JSON object as a {@code Map} (Jcs value model) or JSON text
     * @return the new entry's sequence number
     */
    long append(String type, String subject, Object payload);
}
