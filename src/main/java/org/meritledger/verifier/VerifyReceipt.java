package org.meritledger.verifier;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.note.MalformedNoteException;
import org.meritledger.ledger.core.note.Note;
import org.meritledger.ledger.core.note.NoteSignature;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.receipt.Receipt;
import org.meritledger.ledger.core.receipt.ReceiptAudit;

/** {@code verify-receipt}: one receipt, optionally against a newer checkpoint and a consistency proof. */
final class VerifyReceipt {

    private final Options o;
    private final PrintStream out;

    VerifyReceipt(Options o, PrintStream out) {
        this.o = o;
        this.out = out;
    }

    int run() throws IOException {
        Receipt r;
        try {
            r = Receipt.parse(Files.readString(Path.of(o.file()), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            out.println("FAILED: FORMAT: not a receipt: " + e.getMessage());
            return 1;
        }
        NoteVerifier key = signer(r.proof().signedCheckpoint());
        ReceiptAudit.Result res = ReceiptAudit.check(r, key, o.witnesses(), o.quorum());
        if (res.valid() && o.checkpointFile() != null) {
            String newer = Files.readString(Path.of(o.checkpointFile()), StandardCharsets.UTF_8);
            res = ReceiptAudit.extend(res, r, newer, signer(newer), proof(Path.of(o.consistencyFile())));
        }
        if (!res.valid()) {
            out.println("FAILED: entry " + r.entry().sequence() + ": " + res.failed() + " failed: expected "
                    + res.expected() + ", computed " + res.computed());
            return 1;
        }
        out.println("OK: entry " + r.entry().sequence() + " (" + r.entry().type() + ") is in the tree of size "
                + res.treeSize() + " of " + r.origin() + ", signed by " + key.name() + "+"
                + String.format("%08x", key.keyId()));
        if (!res.witnesses().isEmpty()) {
            out.println("cosigned by " + String.join(", ", res.witnesses()));
        }
        if (res.newerSize() > 0) {
            out.println("and the checkpoint of size " + res.newerSize() + " is consistent with it");
        }
        return 0;
    }

    /** The trusted key whose (name, key id) signed the note; the first trusted key if none did. */
    private NoteVerifier signer(String note) {
        try {
            for (NoteSignature s : Note.parse(note).signatures()) {
                for (NoteVerifier k : o.keys()) {
                    if (k.keyId() == s.keyId() && k.name().equals(s.name())) {
                        return k;
                    }
                }
            }
        } catch (MalformedNoteException e) {
            // the audit reports the malformed checkpoint itself
        }
        return o.keys().get(0);
    }

    /** Base64 hashes, one per line; blank lines and lines starting with '#' are skipped. */
    static List<byte[]> proof(Path file) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                out.add(Bytes.fromBase64(l));
            }
        }
        return out;
    }
}
