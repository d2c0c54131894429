package org.meritledger.ledger.core.merkle;

/** A proof that does not verify: malformed (wrong length, bad sizes) or, see {@link RootMismatchException}, wrong. */
public class ProofVerificationException extends Exception {
    private static final long serialVersionUID = 1L;

    public ProofVerificationException(String message) {
        super(message);
    }
}
