package org.meritledger.ledger.core.chain;

import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.checkpoint.Checkpoint;
import org.meritledger.ledger.core.checkpoint.MalformedCheckpointException;
import org.meritledger.ledger.core.merkle.MerkleAppender;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.note.MalformedNoteException;
import org.meritledger.ledger.core.note.Note;
import org.meritledger.ledger.core.suite.Suite;

/**
 * Verifies a whole chain in one streaming pass and reports the first failure.
 *
 * <p>For each entry, in order: gapless sequence, non-decreasing timestamp, canonical payload,
 * payload hash, link to the previous entry, entry hash, and the meaning of genesis and key
 * rotation entries. Each entry hash is appended to a Merkle tree as it passes; when the tree
 * reaches a checkpoint's size, the recomputed root must equal the checkpoint's root, and a signed
 * checkpoint must be signed by the key in effect at that size. Checkpoints larger than the chain
 * reveal a truncated tail. Entries come from an iterator (e.g. a database cursor), so memory stays
 * O(log n + checkpoints) whatever the chain length.
 *
 * <p>Configure, then call {@link #verify}; an instance may be reused but not shared between threads.
 */
public final class ChainVerifier {

    private final Suite suite;
    private String expectedOrigin;
    private boolean checkCanonical = true;
    private final List<Pending> checkpoints = new ArrayList<>();

    /** A checkpoint to match, with the note it came in if it must also be signature-checked. */
    record Pending(Checkpoint checkpoint, String signedNote) {}

    public ChainVerifier(Suite suite) {
        this.suite = suite;
    }

    /** Require the genesis entry to name this origin (otherwise any origin is accepted and used). */
    public ChainVerifier expectOrigin(String origin) {
        this.expectedOrigin = origin;
        return this;
    }

    /**
     * Whether to re-canonicalise every payload (default true). Turning it off saves a JSON parse
     * per entry; payload hashes are still checked, so tampering is caught either way. Only the
     * rule that stored payloads are canonical goes unchecked.
     */
    public ChainVerifier checkPayloadCanonical(boolean check) {
        this.checkCanonical = check;
        return this;
    }

    /** A checkpoint body trusted by other means: only its root and header are compared. */
    public ChainVerifier checkpoint(Checkpoint checkpoint) {
        checkpoints.add(new Pending(checkpoint, null));
        return this;
    }

    /**
     * A signed checkpoint note: besides its root, its signature must verify with the key in
     * effect at its size according to the chain's genesis and rotation entries.
     *
     * @throws MalformedNoteException if the note or its checkpoint body cannot be parsed
     */
    public ChainVerifier signedCheckpoint(String signedNote) throws MalformedNoteException {
        try {
            Checkpoint cp = Checkpoint.parse(Note.parse(signedNote).text());
            checkpoints.add(new Pending(cp, signedNote));
        } catch (MalformedCheckpointException e) {
            throw new MalformedNoteException(e.getMessage());
        }
        return this;
    }

    /** Walks all entries; stops at and reports the first failure. */
    public VerificationResult verify(Iterator<Entry> entries) {
        return verify(null, entries);
    }

    /**
     * Continues a verification that ended valid at {@code from} (see {@link #lastValidState}):
     * {@code rest} must start at entry {@code from.size()}. Checkpoints smaller than
     * {@code from.size()} are skipped: they were checked by the run that produced {@code from}.
     * Pass null to start at entry 0.
     */
    public VerificationResult verify(State from, Iterator<Entry> rest) {
        EntryCodec codec = new EntryCodec(suite);
        boolean canonical = checkCanonical;
        return verifyDigested(from, new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rest.hasNext();
            }

            @Override
            public Digested next() {
                return Digested.of(codec, rest.next(), canonical);
            }
        });
    }

    /**
     * As {@link #verify(State, Iterator)}, for entries whose own hashes were computed already,
     * e.g. on other threads by {@link ParallelDigests}: the result is the same, failures included.
     */
    public VerificationResult verifyDigested(State from, Iterator<Digested> rest) {
        List<Pending> todo = new ArrayList<>();
        for (Pending p : checkpoints) {
            if (from == null || p.checkpoint().size() >= from.size()) {
                todo.add(p);
            }
        }
        todo.sort(Comparator.comparingLong(p -> p.checkpoint().size()));
        Run run = new Run(todo);
        if (from != null) {
            run.resume(from);
        }
        VerificationResult r = run.walk(rest);
        lastValidState = r.isValid() ? run.state() : null;
        return r;
    }

    /** Where the last {@link #verify} call ended, if it ended valid; null otherwise. */
    public State lastValidState() {
        return lastValidState;
    }

    private State lastValidState;

    /**
     * Everything a later run needs to continue after {@code size} verified entries: the last
     * entry's hash and time, the Merkle compact range, and the origin and key in effect. Held in
     * memory by the verifier's user; it is trusted, so it must only come from a valid run.
     */
    public static final class State {
        private final long size;
        private final byte[] lastHash;
        private final Instant lastTimestamp;
        private final MerkleAppender tree;
        private final String origin;
        private final org.meritledger.ledger.core.note.NoteVerifier key;

        State(
                long size,
                byte[] lastHash,
                Instant lastTimestamp,
                MerkleAppender tree,
                String origin,
                org.meritledger.ledger.core.note.NoteVerifier key) {
            this.size = size;
            this.lastHash = lastHash.clone();
            this.lastTimestamp = lastTimestamp;
            this.tree = tree;
            this.origin = origin;
            this.key = key;
        }

        public long size() {
            return size;
        }

        /** Entry hash of entry size−1. */
        public byte[] lastHash() {
            return lastHash.clone();
        }

        public byte[] rootHash() {
            return tree.root();
        }

        /** An independent copy of the verified tree (to continue it with more verified leaves). */
        public MerkleAppender tree(org.meritledger.ledger.core.merkle.LogHasher hasher) {
            return tree.copy(hasher);
        }
    }

    /** State of one verification pass. */
    private final class Run {
        private final List<Pending> todo;
        private final EntryCodec codec = new EntryCodec(suite);
        private final RfcLogHasher hasher = new RfcLogHasher(suite.newDigester());
        private MerkleAppender tree = new MerkleAppender(hasher);
        private final CheckpointChecks checks;
        private byte[] previousHash;
        private Instant previousTimestamp;
        private int nextCheckpoint;
        private long count;

        Run(List<Pending> todo) {
            this.todo = todo;
            this.previousHash = new byte[suite.hashSize()];
            this.checks = new CheckpointChecks(suite, expectedOrigin);
        }

        void resume(State from) {
            count = from.size;
            previousHash = from.lastHash.clone();
            previousTimestamp = from.lastTimestamp;
            tree = from.tree.copy(hasher);
            checks.resume(from.origin, from.key);
        }

        State state() {
            return new State(count, previousHash, previousTimestamp, tree.copy(hasher), checks.origin(), checks.key());
        }

        VerificationResult walk(Iterator<Digested> entries) {
            Failure f = matchCheckpoints(); // checkpoints of size 0
            while (f == null && entries.hasNext()) {
                f = entry(entries.next());
                if (f == null) {
                    count++;
                    f = matchCheckpoints();
                }
            }
            if (f == null && count == 0) {
                f = new Failure(0, Check.GENESIS, "a genesis entry", "no entries", "the chain is empty");
            }
            if (f == null && nextCheckpoint < todo.size()) {
                long size = todo.get(todo.size() - 1).checkpoint().size();
                f = new Failure(
                        count,
                        Check.CHECKPOINT_SIZE,
                        "at least " + size + " entries",
                        count + " entries",
                        "a checkpoint covers entries the chain no longer has: tail truncated");
            }
            if (f != null) {
                return new VerificationResult.Invalid(count, f);
            }
            return new VerificationResult.Valid(count, tree.root(), todo.size());
        }

        private Failure entry(Digested d) {
            long seq = count;
            if (d == null) {
                return new Failure(seq, Check.SEQUENCE, "entry " + seq, "null", "the source returned no entry");
            }
            Entry e = d.entry();
            if (e.sequence() != seq) {
                return new Failure(
                        seq,
                        Check.SEQUENCE,
                        Long.toString(seq),
                        Long.toString(e.sequence()),
                        "entry missing, inserted or out of order");
            }
            if (e.timestamp() != null
                    && previousTimestamp != null
                    && e.timestamp().isBefore(previousTimestamp)) {
                return new Failure(
                        seq,
                        Check.TIMESTAMP_ORDER,
                        "not before " + previousTimestamp,
                        e.timestamp().toString(),
                        null);
            }
            if (checkCanonical && !d.canonicalChecked()) {
                d = Digested.of(codec, e, true); // digested elsewhere without the canonical check
            }
            if (!d.canonical()) {
                return new Failure(
                        seq, Check.PAYLOAD_CANONICAL, "RFC 8785 canonical JSON", abbreviate(e.payload()), null);
            }
            if (d.payloadHash() == null) {
                return new Failure(seq, Check.ENCODING, "encodable entry fields", d.payloadError(), null);
            }
            if (!MessageDigest.isEqual(d.payloadHash(), e.payloadHash())) {
                return new Failure(
                        seq,
                        Check.PAYLOAD_HASH,
                        Bytes.hex(e.payloadHash()),
                        Bytes.hex(d.payloadHash()),
                        "stored payload hash vs hash of the stored payload");
            }
            if (!MessageDigest.isEqual(previousHash, e.previousHash())) {
                return new Failure(
                        seq,
                        Check.PREVIOUS_HASH,
                        Bytes.hex(e.previousHash()),
                        Bytes.hex(previousHash),
                        seq == 0 ? "genesis must link to zeros" : "stored link vs hash of entry " + (seq - 1));
            }
            byte[] entryHash = d.entryHash();
            if (entryHash == null) {
                return new Failure(seq, Check.ENCODING, "encodable entry fields", d.entryError(), null);
            }
            if (!MessageDigest.isEqual(entryHash, e.entryHash())) {
                return new Failure(
                        seq,
                        Check.ENTRY_HASH,
                        Bytes.hex(e.entryHash()),
                        Bytes.hex(entryHash),
                        "stored entry hash vs hash of the entry's fields");
            }
            Failure meaning = checks.entryMeaning(e);
            if (meaning != null) {
                return meaning;
            }
            tree.append(hasher.hashLeaf(entryHash), null);
            previousHash = entryHash;
            previousTimestamp = e.timestamp();
            return null;
        }

        /** Compares every checkpoint whose size the tree has just reached. */
        private Failure matchCheckpoints() {
            while (nextCheckpoint < todo.size()
                    && todo.get(nextCheckpoint).checkpoint().size() == count) {
                Pending p = todo.get(nextCheckpoint++);
                Failure f = checks.checkpoint(p, tree.root(), count);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
    }

    static String abbreviate(String s) {
        if (s == null) {
            return "null";
        }
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
