package org.meritledger.ledger.core.note;

/** Text that is not a well-formed signed note (no blank line, bad signature line, bad base64...). */
public final class MalformedNoteException extends NoteException {
    private static final long serialVersionUID = 1L;

    public MalformedNoteException(String message) {
        super("malformed note: " + message);
    }
}
