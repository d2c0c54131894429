package org.meritledger.ledger.core.merkle;

import java.util.ArrayList;
import java.util.List;

/** Splitting leaf ranges into perfect-subtree nodes. */
final class RangeNodes {

    private RangeNodes() {}

    /**
     * The perfect subtrees covering [begin, end), largest (leftmost) first. Requires begin to be a
     * multiple of the largest power of two ≤ end − begin, which holds for every range the RFC 6962
     * recursions produce (the right part of a split, or a prefix [0, n)).
     */
    static List<NodeId> decompose(long begin, long end) {
        List<NodeId> ids = new ArrayList<>(Long.bitCount(end - begin));
        long pos = begin;
        for (long rest = end - begin; rest != 0; ) {
            long bit = Long.highestOneBit(rest);
            int level = Long.numberOfTrailingZeros(bit);
            if ((pos & (bit - 1)) != 0) {
                throw new IllegalArgumentException("range [" + begin + ", " + end + ") is not aligned");
            }
            ids.add(new NodeId(level, pos >>> level));
            pos += bit;
            rest -= bit;
        }
        return ids;
    }
}
