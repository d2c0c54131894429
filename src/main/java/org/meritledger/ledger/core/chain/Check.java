package org.meritledger.ledger.core.chain;

/** What the {@link ChainVerifier} was checking when it found a failure. */
public enum Check {
    /** Entry sequence numbers run 0, 1, 2... without gaps, repeats or reordering. */
    SEQUENCE,
    /** Timestamps never decrease. */
    TIMESTAMP_ORDER,
    /** The entry's fields can be encoded at all (present type, µs timestamp, valid text). */
    ENCODING,
    /** The payload is RFC 8785 canonical JSON. */
    PAYLOAD_CANONICAL,
    /** Stored payload hash = H(payload). */
    PAYLOAD_HASH,
    /** Stored previous hash = the previous entry's hash (zeros for entry 0). */
    PREVIOUS_HASH,
    /** Stored entry hash = H(entry encoding). */
    ENTRY_HASH,
    /** Entry 0 is a valid genesis entry, and only entry 0 is one. */
    GENESIS,
    /** A key rotation entry is valid and signed by the outgoing and incoming keys. */
    KEY_ROTATION,
    /** A checkpoint parses, and names the ledger's origin, suite and key in effect. */
    CHECKPOINT_FORMAT,
    /** A signed checkpoint carries a valid signature by the key in effect at its size. */
    CHECKPOINT_SIGNATURE,
    /** The recomputed Merkle root at the checkpoint's size equals its root. */
    CHECKPOINT_ROOT,
    /** The chain has at least as many entries as the largest checkpoint (no truncated tail). */
    CHECKPOINT_SIZE,
    /** The application's head record (next sequence, last hash) matches the chain's end. */
    HEAD,
    /** The application's current records equal the latest state the ledger recorded for them. */
    DOMAIN_STATE,
    /**
     * The entry carries the authentication tag the portal computed when it appended it, with a key
     * that is not in the database: an entry inserted with SQL, however correctly hashed, has none.
     */
    ENTRY_TAG,
    /** A stored Merkle node equals the node recomputed from the entries it covers. */
    MERKLE_NODE,
    /**
     * The ledger contains the newest checkpoint this portal node signed, as recorded outside the
     * database (its anchor file): fewer entries or another root at that size is a rollback.
     */
    ANCHOR
}
