package org.meritledger.ledger.core.note;

import java.util.List;

/**
 * A note with at least one valid signature from a known key. {@code verifiedBy} lists the known
 * keys whose signatures verified; {@code unknown} the signatures from keys we do not know (e.g.
 * witnesses), which were ignored as signed-note requires.
 */
public record VerifiedNote(String text, List<NoteVerifier> verifiedBy, List<NoteSignature> unknown) {

    public VerifiedNote {
        verifiedBy = List.copyOf(verifiedBy);
        unknown = List.copyOf(unknown);
    }
}
