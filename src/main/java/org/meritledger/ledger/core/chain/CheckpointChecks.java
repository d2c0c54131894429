package org.meritledger.ledger.core.chain;

import java.security.MessageDigest;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.checkpoint.Checkpoint;
import org.meritledger.ledger.core.checkpoint.CheckpointException;
import org.meritledger.ledger.core.checkpoint.CheckpointVerifier;
import org.meritledger.ledger.core.note.BadSignatureException;
import org.meritledger.ledger.core.note.KeyIds;
import org.meritledger.ledger.core.note.NoteException;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.note.NoteVerifiers;
import org.meritledger.ledger.core.note.UnknownKeyException;
import org.meritledger.ledger.core.suite.Suite;

/**
 * The parts of chain verification that give entries meaning: genesis, key rotations, and the key
 * and origin they imply for checkpoints. Kept apart from the hash-walking loop in {@link ChainVerifier}.
 */
final class CheckpointChecks {

    private final Suite suite;
    private final String expectedOrigin;
    private String origin;
    private NoteVerifier key; // the checkpoint key in effect after the entries seen so far

    CheckpointChecks(Suite suite, String expectedOrigin) {
        this.suite = suite;
        this.expectedOrigin = expectedOrigin;
    }

    /** Continues after entries already verified, with the origin and key they put in effect. */
    void resume(String verifiedOrigin, NoteVerifier verifiedKey) {
        this.origin = verifiedOrigin;
        this.key = verifiedKey;
    }

    String origin() {
        return origin;
    }

    NoteVerifier key() {
        return key;
    }

    /** Genesis and rotation rules for an entry whose hashes already verified. */
    Failure entryMeaning(Entry e) {
        long seq = e.sequence();
        boolean isGenesis = EntryTypes.GENESIS.equals(e.type());
        if (seq == 0 && !isGenesis) {
            return new Failure(0, Check.GENESIS, "type " + EntryTypes.GENESIS, "type " + e.type(), null);
        }
        if (seq > 0 && isGenesis) {
            return new Failure(seq, Check.GENESIS, "no genesis after entry 0", "type " + e.type(), null);
        }
        if (isGenesis) {
            GenesisPayload g;
            try {
                g = GenesisPayload.parse(e.payload());
            } catch (IllegalArgumentException ex) {
                return new Failure(0, Check.GENESIS, "valid genesis payload", ex.getMessage(), null);
            }
            if (!g.suiteId().equals(suite.id())) {
                return new Failure(0, Check.GENESIS, "suite " + suite.id(), "suite " + g.suiteId(), null);
            }
            if (expectedOrigin != null && !expectedOrigin.equals(g.origin())) {
                return new Failure(0, Check.GENESIS, "origin " + expectedOrigin, "origin " + g.origin(), null);
            }
            origin = g.origin();
            key = g.signingKey();
        } else if (EntryTypes.KEY_ROTATED.equals(e.type())) {
            try {
                key = KeyRotation.verify(e.payload(), origin, seq, key);
            } catch (IllegalArgumentException ex) {
                return new Failure(
                        seq,
                        Check.KEY_ROTATION,
                        "rotation signed by " + key.name() + "+" + KeyIds.hex(key.keyId()),
                        ex.getMessage(),
                        null);
            }
        }
        return null;
    }

    /** Checks one checkpoint against the recomputed root at its size. */
    Failure checkpoint(ChainVerifier.Pending p, byte[] root, long size) {
        Checkpoint cp = p.checkpoint();
        long seq = size - 1;
        if (p.signedNote() != null) {
            if (key == null) {
                return new Failure(
                        seq, Check.CHECKPOINT_SIGNATURE, "a key from the genesis entry", "no genesis yet", null);
            }
            String label = key.name() + "+" + KeyIds.hex(key.keyId());
            try {
                new CheckpointVerifier(origin, NoteVerifiers.of(key)).open(p.signedNote());
            } catch (UnknownKeyException ex) {
                return new Failure(
                        seq,
                        Check.CHECKPOINT_SIGNATURE,
                        "signature by " + label,
                        "signatures only by unknown keys "
                                + ex.signatures().stream()
                                        .map(s -> s.keyLabel())
                                        .toList(),
                        "signed by a key not in effect at size " + size);
            } catch (BadSignatureException ex) {
                return new Failure(
                        seq,
                        Check.CHECKPOINT_SIGNATURE,
                        "valid signature by " + label,
                        "invalid signature",
                        "checkpoint text or signature altered");
            } catch (NoteException | CheckpointException ex) {
                return new Failure(
                        seq, Check.CHECKPOINT_FORMAT, "well-formed checkpoint of " + origin, ex.getMessage(), null);
            }
        }
        Failure header = header(cp, seq);
        if (header != null) {
            return header;
        }
        byte[] claimed = cp.rootHash();
        if (!MessageDigest.isEqual(claimed, root)) {
            return new Failure(
                    seq,
                    Check.CHECKPOINT_ROOT,
                    Bytes.hex(claimed),
                    Bytes.hex(root),
                    "checkpoint root vs root recomputed from entries 0.." + seq);
        }
        return null;
    }

    private Failure header(Checkpoint cp, long seq) {
        if (origin != null && !cp.origin().equals(origin)) {
            return new Failure(seq, Check.CHECKPOINT_FORMAT, "origin " + origin, "origin " + cp.origin(), null);
        }
        if (cp.suiteId().isPresent() && !cp.suiteId().get().equals(suite.id())) {
            return new Failure(
                    seq,
                    Check.CHECKPOINT_FORMAT,
                    "suite " + suite.id(),
                    "suite " + cp.suiteId().get(),
                    null);
        }
        if (key != null && cp.keyIdHex().isPresent() && !cp.keyIdHex().get().equals(KeyIds.hex(key.keyId()))) {
            return new Failure(
                    seq,
                    Check.CHECKPOINT_FORMAT,
                    "key " + KeyIds.hex(key.keyId()),
                    "key " + cp.keyIdHex().get(),
                    "checkpoint names a key not in effect at its size");
        }
        return null;
    }
}
