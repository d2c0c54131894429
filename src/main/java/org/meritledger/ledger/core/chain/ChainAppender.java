package org.meritledger.ledger.core.chain;

import java.time.Instant;
import org.meritledger.ledger.core.jcs.Jcs;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.suite.Suite;

/**
 * Makes the next entries of a chain: assigns sequence numbers, canonicalises payloads, links the
 * previous hash and computes all hashes. The application calls it under its ledger write lock and
 * stores what it returns. Not thread-safe.
 */
public final class ChainAppender {

    private final Suite suite;
    private final EntryCodec codec;
    private long nextSequence;
    private byte[] previousHash;
    private Instant previousTimestamp;

    private ChainAppender(Suite suite, long nextSequence, byte[] previousHash, Instant previousTimestamp) {
        this.suite = suite;
        this.codec = new EntryCodec(suite);
        this.nextSequence = nextSequence;
        this.previousHash = previousHash;
        this.previousTimestamp = previousTimestamp;
    }

    /** For a new, empty ledger: the first entry must be {@link #genesis}. */
    public static ChainAppender newLedger(Suite suite) {
        return new ChainAppender(suite, 0, new byte[suite.hashSize()], null);
    }

    /** Continues after {@code last}, the newest stored entry (which the caller has verified). */
    public static ChainAppender resume(Suite suite, Entry last) {
        return new ChainAppender(suite, last.sequence() + 1, last.entryHash().clone(), last.timestamp());
    }

    public long nextSequence() {
        return nextSequence;
    }

    /** Entry 0: the genesis payload naming origin, suite and the first signing key. */
    public Entry genesis(Instant timestamp, String origin, NoteVerifier signingKey) {
        if (nextSequence != 0) {
            throw new IllegalStateException("genesis must be entry 0");
        }
        String payload = new GenesisPayload(origin, suite.id(), signingKey).toJson();
        return make(timestamp, EntryTypes.GENESIS, null, null, null, payload);
    }

    /**
     * A key rotation entry, signed by the outgoing and the incoming key. {@code previous} must be
     * the key in effect (genesis or last rotation); the verifier rejects the entry otherwise.
     */
    public Entry rotateKey(
            Instant timestamp,
            Long actorAccountId,
            String actorRole,
            String origin,
            NoteSigner previous,
            NoteSigner next) {
        String payload = KeyRotation.payload(origin, nextSequence, previous, next);
        return make(timestamp, EntryTypes.KEY_ROTATED, actorAccountId, actorRole, null, payload);
    }

    /**
     * A payload made ready for {@link #append(Instant, String, Long, String, String, Prepared)}:
     * canonical text and its hash. Neither depends on the chain's position, so callers make it
     * before they take the ledger's write lock and keep that lock short.
     */
    public record Prepared(String payload, byte[] payloadHash) {}

    /**
     * Canonicalises and hashes an application payload: a JSON object as a {@code Map} in the
     * {@link Jcs} value model, or JSON text, which is re-canonicalised.
     */
    public static Prepared prepare(EntryCodec codec, Object payload) {
        String canonical = payload instanceof String json ? Jcs.recanonicalize(json) : Jcs.canonicalize(payload);
        if (!canonical.startsWith("{")) {
            throw new IllegalArgumentException("payload must be a JSON object");
        }
        return new Prepared(canonical, codec.payloadHash(canonical));
    }

    /**
     * An application entry. {@code payload} is a JSON object: a {@code Map} in the {@link Jcs}
     * value model, or JSON text, which is re-canonicalised.
     */
    public Entry append(
            Instant timestamp, String type, Long actorAccountId, String actorRole, String subject, Object payload) {
        return append(timestamp, type, actorAccountId, actorRole, subject, prepare(codec, payload));
    }

    /** An application entry whose payload was {@link #prepare prepared} with this suite. */
    public Entry append(
            Instant timestamp, String type, Long actorAccountId, String actorRole, String subject, Prepared payload) {
        if (EntryTypes.GENESIS.equals(type) || EntryTypes.KEY_ROTATED.equals(type)) {
            throw new IllegalArgumentException("use genesis() or rotateKey() for " + type);
        }
        if (nextSequence == 0) {
            throw new IllegalStateException("entry 0 must be the genesis entry");
        }
        return make(timestamp, type, actorAccountId, actorRole, subject, payload.payload(), payload.payloadHash());
    }

    private Entry make(
            Instant timestamp, String type, Long actorAccountId, String actorRole, String subject, String payload) {
        return make(timestamp, type, actorAccountId, actorRole, subject, payload, codec.payloadHash(payload));
    }

    private Entry make(
            Instant timestamp,
            String type,
            Long actorAccountId,
            String actorRole,
            String subject,
            String payload,
            byte[] payloadHash) {
        EntryCodec.timestampMicros(timestamp); // rejects sub-microsecond instants
        if (previousTimestamp != null && timestamp.isBefore(previousTimestamp)) {
            throw new InvalidEntryException(
                    "timestamp " + timestamp + " is before the previous entry's " + previousTimestamp);
        }
        Entry draft = new Entry(
                nextSequence,
                timestamp,
                type,
                actorAccountId,
                actorRole,
                subject,
                payload,
                payloadHash,
                previousHash,
                null);
        Entry entry = draft.withHashes(draft.payloadHash(), previousHash, codec.entryHash(draft));
        nextSequence++;
        previousHash = entry.entryHash();
        previousTimestamp = timestamp;
        return entry;
    }
}
