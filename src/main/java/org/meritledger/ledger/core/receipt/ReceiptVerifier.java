package org.meritledger.ledger.core.receipt;

import java.security.MessageDigest;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.chain.InvalidEntryException;
import org.meritledger.ledger.core.checkpoint.Checkpoint;
import org.meritledger.ledger.core.checkpoint.CheckpointException;
import org.meritledger.ledger.core.checkpoint.CheckpointVerifier;
import org.meritledger.ledger.core.merkle.ProofVerificationException;
import org.meritledger.ledger.core.merkle.ProofVerifier;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.note.KeyIds;
import org.meritledger.ledger.core.note.NoteException;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.note.NoteVerifiers;

/**
 * Checks a receipt against a trusted checkpoint key: recompute the payload and entry hashes from
 * the entry's fields, open the signed checkpoint with the key, and verify the inclusion proof of
 * H(0x00 || entry hash) at the entry's sequence number against the checkpoint's size and root
 * (ledger-format.md, sections 3, 5-7). Needs nothing but the receipt and the key.
 */
public final class ReceiptVerifier {

    private ReceiptVerifier() {}

    public static ReceiptCheck verify(Receipt r, NoteVerifier trusted) {
        String keyHex = KeyIds.hex(trusted.keyId());
        Entry e = r.entry();
        EntryCodec codec = new EntryCodec(trusted.suite());
        byte[] computedEntryHash;
        try {
            byte[] payloadHash = codec.payloadHash(e.payload());
            if (!MessageDigest.isEqual(payloadHash, e.payloadHash())) {
                return ReceiptCheck.failed(
                        ReceiptCheck.Step.PAYLOAD_HASH, Bytes.hex(e.payloadHash()), Bytes.hex(payloadHash), 0, keyHex);
            }
            computedEntryHash = codec.entryHash(e);
        } catch (InvalidEntryException ex) {
            return ReceiptCheck.failed(ReceiptCheck.Step.ENTRY_HASH, "an encodable entry", ex.getMessage(), 0, keyHex);
        }
        if (!MessageDigest.isEqual(computedEntryHash, e.entryHash())) {
            return ReceiptCheck.failed(
                    ReceiptCheck.Step.ENTRY_HASH, Bytes.hex(e.entryHash()), Bytes.hex(computedEntryHash), 0, keyHex);
        }
        if (r.proof().index() != e.sequence()) {
            return ReceiptCheck.failed(
                    ReceiptCheck.Step.INDEX,
                    String.valueOf(e.sequence()),
                    String.valueOf(r.proof().index()),
                    0,
                    keyHex);
        }
        Checkpoint cp;
        try {
            cp = new CheckpointVerifier(r.origin(), NoteVerifiers.of(trusted))
                    .open(r.proof().signedCheckpoint())
                    .checkpoint();
        } catch (NoteException | CheckpointException | IllegalArgumentException ex) {
            return ReceiptCheck.failed(
                    ReceiptCheck.Step.CHECKPOINT_SIGNATURE,
                    "checkpoint of " + r.origin() + " signed by " + trusted.name() + "+" + keyHex,
                    ex.getMessage(),
                    0,
                    keyHex);
        }
        RfcLogHasher hasher = new RfcLogHasher(trusted.suite().newDigester());
        try {
            ProofVerifier.verifyInclusion(
                    hasher,
                    e.sequence(),
                    cp.size(),
                    codec.leafHash(computedEntryHash),
                    r.proof().proof(),
                    cp.rootHash());
        } catch (ProofVerificationException ex) {
            return ReceiptCheck.failed(
                    ReceiptCheck.Step.INCLUSION,
                    "root " + Bytes.hex(cp.rootHash()) + " at size " + cp.size(),
                    ex.getMessage(),
                    cp.size(),
                    keyHex);
        }
        return ReceiptCheck.ok(cp.size(), keyHex);
    }
}
