package org.meritledger.ledger.core.note;

import java.util.List;

/**
 * No signature on the note is from a key the verifier knows. The note may be perfectly genuine,
 * just signed by someone we do not trust (or by a key we have not been told about yet).
 */
public final class UnknownKeyException extends NoteException {
    private static final long serialVersionUID = 1L;

    private final transient List<NoteSignature> signatures;

    public UnknownKeyException(List<NoteSignature> signatures) {
        super("note has no signature from a known key; signed by: "
                + signatures.stream().map(NoteSignature::keyLabel).toList());
        this.signatures = List.copyOf(signatures);
    }

    /** The signatures present, all from unknown keys. */
    public List<NoteSignature> signatures() {
        return signatures;
    }
}
