package org.meritledger.ledger;

import java.util.List;

/**
 * Which entries are about a record: how a feature finds the entries of a record whose row does
 * not name them (a correction's proposal and approval, for the receipt of a corrected result).
 */
public interface LedgerSubjects {

    /** The sequence numbers of the entries about {@code subject} (e.g. {@code correction:12}), oldest first. */
    List<Long> sequencesAbout(String subject);
}
