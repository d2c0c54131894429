package org.meritledger.ledger.core.cosign;

import java.util.ArrayList;
import java.util.List;
import org.meritledger.ledger.core.note.MalformedNoteException;
import org.meritledger.ledger.core.note.Note;
import org.meritledger.ledger.core.note.NoteSignature;
import org.meritledger.ledger.core.note.NoteVerifier;

/**
 * Sorts the signature lines of a signed checkpoint into the log's own, valid cosignatures by
 * trusted witnesses, and lines by keys nobody configured. A line that names a trusted witness but
 * does not verify makes the whole set {@link #bad}: like signed-note's "bad signature", that is
 * tampering, not an unknown key.
 */
public record Cosignatures(
        List<Witnessed> valid, List<NoteSignature> logSignatures, List<NoteSignature> unknown, String bad) {

    /** One verified cosignature: who and when (POSIX seconds). */
    public record Witnessed(CosignerKey witness, long timestamp) {}

    public Cosignatures {
        valid = List.copyOf(valid);
        logSignatures = List.copyOf(logSignatures);
        unknown = List.copyOf(unknown);
    }

    /** Number of distinct trusted witnesses whose cosignature verified. */
    public int witnessCount() {
        return (int) valid.stream().map(Witnessed::witness).distinct().count();
    }

    /**
     * Classifies every signature line of {@code signedNote}.
     *
     * @param log the log's checkpoint key (its lines are counted as log signatures, not checked here)
     * @param witnesses the trusted witness keys
     */
    public static Cosignatures of(String signedNote, NoteVerifier log, List<CosignerKey> witnesses)
            throws MalformedNoteException {
        Note note = Note.parse(signedNote);
        List<Witnessed> valid = new ArrayList<>();
        List<NoteSignature> own = new ArrayList<>();
        List<NoteSignature> unknown = new ArrayList<>();
        String bad = null;
        for (NoteSignature sig : note.signatures()) {
            if (log != null && sig.name().equals(log.name()) && sig.keyId() == log.keyId()) {
                own.add(sig);
                continue;
            }
            CosignerKey w =
                    witnesses.stream().filter(k -> k.matches(sig)).findFirst().orElse(null);
            if (w == null) {
                unknown.add(sig);
                continue;
            }
            try {
                valid.add(new Witnessed(w, w.verify(note.text(), sig)));
            } catch (IllegalArgumentException e) {
                if (bad == null) {
                    bad = e.getMessage();
                }
            }
        }
        return new Cosignatures(valid, own, unknown, bad);
    }

    /** Appends cosignature lines to a signed note (they are ordinary note signature lines). */
    public static String append(String signedNote, List<String> cosignatureLines) {
        StringBuilder sb = new StringBuilder(signedNote);
        for (String line : cosignatureLines) {
            sb.append(line.endsWith("\n") ? line : line + "\n");
        }
        return sb.toString();
    }
}
