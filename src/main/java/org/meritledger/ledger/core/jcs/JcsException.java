package org.meritledger.ledger.core.jcs;

/** A value outside the RFC 8785 / I-JSON data model (NaN, a lone surrogate, an unsafe integer...). */
public final class JcsException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public JcsException(String message) {
        super(message);
    }
}
