package org.meritledger.ledger.core.merkle;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.meritledger.ledger.core.suite.Suites;

/** The fast tree against {@link ReferenceMerkle} for every size up to 300. */
class MerkleCrossCheckTest {

    static final int MAX = 300;
    static List<byte[]> data;
    static List<byte[]> leafHashes;
    static ReferenceMerkle ref;
    static InMemoryNodeStore store;
    static LogHasher hasher;

    @BeforeAll
    static void build() {
        hasher = new RfcLogHasher(Suites.ED25519_SHA256.newDigester());
        data = new ArrayList<>();
        leafHashes = new ArrayList<>();
        for (int i = 0; i < MAX; i++) {
            byte[] d = ("leaf " + i).getBytes(StandardCharsets.UTF_8);
            data.add(d);
            leafHashes.add(hasher.hashLeaf(d));
        }
        ref = new ReferenceMerkle(data);
        // One store serves every size: a perfect node never changes once complete.
        store = MerkleTree.store(hasher, leafHashes, MAX);
    }

    @Test
    void leafHashesMatch() {
        for (int i = 0; i < MAX; i++) {
            assertArrayEquals(ReferenceMerkle.leafHash(data.get(i)), leafHashes.get(i));
        }
    }

    @Test
    void rootsForEverySize() {
        ProofBuilder pb = new ProofBuilder(hasher, store);
        MerkleAppender appender = new MerkleAppender(hasher);
        for (int n = 0; n <= MAX; n++) {
            byte[] want = ref.mth(0, n);
            assertArrayEquals(want, appender.root(), "appender root, size " + n);
            assertArrayEquals(want, pb.rootHash(n), "stored-node root, size " + n);
            assertArrayEquals(want, MerkleTree.rootHash(hasher, leafHashes.subList(0, n)), "list root, size " + n);
            if (n < MAX) {
                appender.append(leafHashes.get(n), null);
            }
        }
    }

    @Test
    void inclusionProofsForEveryIndexAndSize() throws Exception {
        ProofBuilder pb = new ProofBuilder(hasher, store);
        for (int n = 1; n <= MAX; n++) {
            byte[] root = ref.mth(0, n);
            for (int m = 0; m < n; m++) {
                List<byte[]> want = ref.path(m, 0, n);
                List<byte[]> got = pb.inclusionProof(m, n);
                assertProofEquals(want, got, "inclusion " + m + "/" + n);
                ProofVerifier.verifyInclusion(hasher, m, n, leafHashes.get(m), got, root);
            }
        }
    }

    @Test
    void consistencyProofsForEveryPair() throws Exception {
        ProofBuilder pb = new ProofBuilder(hasher, store);
        for (int n = 1; n <= MAX; n++) {
            byte[] root2 = ref.mth(0, n);
            for (int m = 1; m <= n; m++) {
                List<byte[]> want = ref.proof(m, n);
                List<byte[]> got = pb.consistencyProof(m, n);
                assertProofEquals(want, got, "consistency " + m + "->" + n);
                ProofVerifier.verifyConsistency(hasher, m, n, got, ref.mth(0, m), root2);
            }
        }
    }

    @Test
    void listConveniencesAgree() throws Exception {
        assertProofEquals(ref.path(5, 0, 13), MerkleTree.inclusionProof(hasher, leafHashes, 5, 13), "list inclusion");
        assertProofEquals(ref.proof(6, 13), MerkleTree.consistencyProof(hasher, leafHashes, 6, 13), "list consistency");
    }

    @Test
    void wrongLeafOrRootIsRejectedWithValues() {
        ProofBuilder pb = new ProofBuilder(hasher, store);
        List<byte[]> proof = pb.inclusionProof(7, 20);
        RootMismatchException e = assertThrows(
                RootMismatchException.class,
                () -> ProofVerifier.verifyInclusion(hasher, 7, 20, leafHashes.get(8), proof, ref.mth(0, 20)));
        assertArrayEquals(ref.mth(0, 20), e.expected());
        assertThrows(
                RootMismatchException.class,
                () -> ProofVerifier.verifyConsistency(
                        hasher, 5, 20, pb.consistencyProof(5, 20), ref.mth(0, 6), ref.mth(0, 20)));
    }

    @Test
    void appenderReportsEachCompletedNodeOnce() {
        InMemoryNodeStore s = new InMemoryNodeStore(32);
        MerkleAppender a = new MerkleAppender(hasher);
        List<Node> third = null;
        for (int i = 0; i < 8; i++) {
            List<Node> nodes = a.append(leafHashes.get(i));
            for (Node nd : nodes) {
                s.put(nd.level(), nd.index(), nd.hash());
            }
            if (i == 3) {
                third = nodes;
            }
        }
        // Leaf 3 completes (0,3), (1,1) and (2,0).
        assertEquals(
                List.of(new NodeId(0, 3), new NodeId(1, 1), new NodeId(2, 0)),
                third.stream().map(Node::id).toList());
        assertEquals(8, s.count(0));
        assertEquals(4, s.count(1));
        assertEquals(2, s.count(2));
        assertEquals(1, s.count(3));
        assertArrayEquals(ref.mth(0, 8), s.node(3, 0));
    }

    @Test
    void resumeFromStoreContinuesTheSameTree() {
        MerkleAppender a = MerkleAppender.resume(hasher, store, 123);
        assertArrayEquals(ref.mth(0, 123), a.root());
        InMemoryNodeStore ignored = new InMemoryNodeStore(32);
        a.append(leafHashes.get(123), null);
        assertArrayEquals(ref.mth(0, 124), a.root());
        assertEquals(0, ignored.count(0));
    }

    @Test
    void missingNodesAreReported() {
        InMemoryNodeStore small = MerkleTree.store(hasher, leafHashes, 5);
        MissingNodeException e =
                assertThrows(MissingNodeException.class, () -> new ProofBuilder(hasher, small).inclusionProof(0, 8));
        assertEquals(new NodeId(2, 1), new NodeId(e.level(), e.index())); // covers leaves 4..7; only 0..4 are stored
    }

    static void assertProofEquals(List<byte[]> want, List<byte[]> got, String what) {
        assertEquals(want.size(), got.size(), what + ": length");
        for (int i = 0; i < want.size(); i++) {
            assertArrayEquals(want.get(i), got.get(i), what + ": element " + i);
        }
    }
}
