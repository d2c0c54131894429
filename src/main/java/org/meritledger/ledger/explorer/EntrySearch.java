package org.meritledger.ledger.explorer;

import java.util.List;

/** Reads entries for the explorer, newest first. Implemented over SQL; in memory in view tests. */
public interface EntrySearch {

    /** Entries passing {@code filter}, newest first, skipping {@code offset} and at most {@code limit}. */
    List<EntrySummary> page(EntryFilter filter, int offset, int limit);

    /** Number of entries in the ledger (the tree size). */
    long size();

    /** Sequence numbers of the entries about {@code subject}, oldest first, at most {@code limit}. */
    List<EntrySummary> ofSubject(String subject, int limit);

    /** The checkpoint that first covered {@code seq} (the smallest signed tree containing it), if any. */
    java.util.Optional<CoveringCheckpoint> firstCovering(long seq);

    /**
     * @param treeSize size of the signed tree
     * @param rootHex its root hash
     * @param keyId the key that signed it
     * @param signedAt when it was signed
     */
    record CoveringCheckpoint(long treeSize, String rootHex, String keyId, java.time.Instant signedAt) {}
}
