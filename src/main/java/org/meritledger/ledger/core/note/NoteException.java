package org.meritledger.ledger.core.note;

/** Base of the ways opening a signed note can fail; subclasses tell them apart. */
public abstract class NoteException extends Exception {
    private static final long serialVersionUID = 1L;

    NoteException(String message) {
        super(message);
    }
}
