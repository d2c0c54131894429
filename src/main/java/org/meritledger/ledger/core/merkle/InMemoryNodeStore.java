package org.meritledger.ledger.core.merkle;

import java.util.Arrays;

/**
 * A {@link NodeStore} and {@link NodeSink} in flat per-level byte arrays, for tests and for
 * standalone verifiers. Nodes of each level must be put in index order (as {@link MerkleAppender}
 * emits them). Not thread-safe.
 */
public final class InMemoryNodeStore implements NodeStore, NodeSink {

    private final int hashSize;
    private final byte[][] levels = new byte[64][];
    private final long[] counts = new long[64];

    public InMemoryNodeStore(int hashSize) {
        this.hashSize = hashSize;
    }

    @Override
    public void put(int level, long index, byte[] hash) {
        if (hash.length != hashSize) {
            throw new IllegalArgumentException("hash must be " + hashSize + " bytes");
        }
        if (index != counts[level]) {
            throw new IllegalArgumentException(
                    "level " + level + ": expected index " + counts[level] + ", got " + index);
        }
        long offset = index * hashSize;
        if (offset + hashSize > Integer.MAX_VALUE) {
            throw new IllegalStateException("in-memory store full");
        }
        byte[] buf = levels[level];
        if (buf == null || buf.length < offset + hashSize) {
            int cap = (int) Math.min(
                    Integer.MAX_VALUE - 8, Math.max(offset + hashSize, (buf == null ? 1024 : buf.length * 2L)));
            levels[level] = buf = buf == null ? new byte[cap] : Arrays.copyOf(buf, cap);
        }
        System.arraycopy(hash, 0, buf, (int) offset, hashSize);
        counts[level]++;
    }

    @Override
    public byte[] node(int level, long index) {
        if (level < 0 || level >= 64 || index < 0 || index >= counts[level]) {
            throw new MissingNodeException(level, index);
        }
        int offset = (int) (index * hashSize);
        return Arrays.copyOfRange(levels[level], offset, offset + hashSize);
    }

    /** Number of nodes stored at {@code level}. */
    public long count(int level) {
        return counts[level];
    }
}
