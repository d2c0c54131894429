package org.meritledger.ledger.core.note;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A set of trusted verifier keys, looked up by (name, key id) as signed-note prescribes. */
public final class NoteVerifiers {

    private final List<NoteVerifier> known;

    public NoteVerifiers(List<NoteVerifier> known) {
        this.known = List.copyOf(known);
    }

    public static NoteVerifiers of(NoteVerifier... known) {
        return new NoteVerifiers(List.of(known));
    }

    public List<NoteVerifier> known() {
        return known;
    }

    /**
     * Parses and verifies a signed note.
     *
     * @throws MalformedNoteException if it is not a well-formed note
     * @throws BadSignatureException if a signature from a known key fails (the whole note is rejected)
     * @throws UnknownKeyException if no signature is from a known key
     */
    public VerifiedNote open(String message) throws NoteException {
        Note note = Note.parse(message);
        byte[] text = note.text().getBytes(StandardCharsets.UTF_8);
        List<NoteVerifier> verified = new ArrayList<>();
        List<NoteSignature> unknown = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (NoteSignature sig : note.signatures()) {
            NoteVerifier v = find(sig.name(), sig.keyId());
            if (v == null) {
                unknown.add(sig);
                continue;
            }
            if (!v.verify(text, sig.signature())) {
                throw new BadSignatureException(sig.name(), sig.keyId());
            }
            if (seen.add(sig.keyLabel())) {
                verified.add(v);
            }
        }
        if (verified.isEmpty()) {
            throw new UnknownKeyException(unknown);
        }
        return new VerifiedNote(note.text(), verified, unknown);
    }

    private NoteVerifier find(String name, int keyId) {
        for (NoteVerifier v : known) {
            if (v.keyId() == keyId && v.name().equals(name)) {
                return v;
            }
        }
        return null;
    }
}
