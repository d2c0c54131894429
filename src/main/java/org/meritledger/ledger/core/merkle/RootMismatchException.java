package org.meritledger.ledger.core.merkle;

import org.meritledger.ledger.core.Bytes;

/** A well-formed proof whose recomputed root differs from the root it was checked against. */
public final class RootMismatchException extends ProofVerificationException {
    private static final long serialVersionUID = 1L;

    private final byte[] expected;
    private final byte[] computed;

    public RootMismatchException(String what, byte[] expected, byte[] computed) {
        super(what + " mismatch: expected " + Bytes.hex(expected) + ", computed " + Bytes.hex(computed));
        this.expected = expected == null ? null : expected.clone();
        this.computed = computed == null ? null : computed.clone();
    }

    public byte[] expected() {
        return expected == null ? null : expected.clone();
    }

    public byte[] computed() {
        return computed == null ? null : computed.clone();
    }
}
