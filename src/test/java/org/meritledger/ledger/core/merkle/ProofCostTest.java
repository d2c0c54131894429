package org.meritledger.ledger.core.merkle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.meritledger.ledger.core.suite.Suites;

/**
 * Proofs at ledger scale read O(log n) nodes. The store here invents hashes, so no tree has to be
 * built: only how many nodes are asked for, and in how many batches, is under test.
 */
class ProofCostTest {

    static final class CountingStore implements NodeStore {
        int reads;
        int batches;

        @Override
        public byte[] node(int level, long index) {
            reads++;
            byte[] h = new byte[32];
            h[0] = (byte) level;
            h[1] = (byte) index;
            return h;
        }

        @Override
        public byte[][] nodes(List<NodeId> ids) {
            batches++;
            return NodeStore.super.nodes(ids);
        }
    }

    @Test
    void millionEntryProofsReadLogarithmicallyManyNodes() {
        LogHasher hasher = new RfcLogHasher(Suites.ED25519_SHA256.newDigester());
        long size = 1_000_000;
        int bound = 2 * 64 - Long.numberOfLeadingZeros(size) + 2; // 2·log2(n) + 2
        for (long index : new long[] {0, 1, 499_999, 999_423, 999_999}) {
            CountingStore s = new CountingStore();
            List<byte[]> proof = new ProofBuilder(hasher, s).inclusionProof(index, size);
            assertTrue(s.reads <= bound, "inclusion " + index + " read " + s.reads);
            assertEquals(1, s.batches);
            assertTrue(proof.size() <= 20, "proof length " + proof.size()); // ⌈log2 n⌉, shorter on the ragged edge
        }
        for (long old : new long[] {1, 777, 524_288, 999_998}) {
            CountingStore s = new CountingStore();
            new ProofBuilder(hasher, s).consistencyProof(old, size);
            assertTrue(s.reads <= bound, "consistency " + old + " read " + s.reads);
        }
        CountingStore s = new CountingStore();
        new ProofBuilder(hasher, s).rootHash(size);
        assertEquals(Long.bitCount(size), s.reads);
    }
}
