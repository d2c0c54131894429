package org.meritledger.ledger;

import org.meritledger.base.AccessDeniedException;

/**
 * A write refused because the ledger failed verification. It is an access refusal (nobody may
 * write now), so the UI shows it like any other: the message key explains the hold.
 */
public class IntegrityHoldException extends AccessDeniedException {

    public IntegrityHoldException(String reason) {
        super("error.integrityHold", "integrity hold: " + reason);
    }
}
