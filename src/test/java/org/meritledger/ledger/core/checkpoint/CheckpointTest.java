package org.meritledger.ledger.core.checkpoint;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.merkle.MerkleTree;
import org.meritledger.ledger.core.merkle.ProofVerifier;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.note.BadSignatureException;
import org.meritledger.ledger.core.note.KeyIds;
import org.meritledger.ledger.core.note.MalformedNoteException;
import org.meritledger.ledger.core.note.Note;
import org.meritledger.ledger.core.note.NoteException;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.note.NoteVerifiers;
import org.meritledger.ledger.core.note.UnknownKeyException;
import org.meritledger.ledger.core.suite.Suite;
import org.meritledger.ledger.core.suite.Suites;

class CheckpointTest {

    static final String ORIGIN = "example.org/merit-ledger";

    static Iterable<Suite> suites() {
        return Suites.all();
    }

    record Fixture(Suite suite, NoteSigner signer, CheckpointVerifier verifier, byte[] root, String note) {}

    static Fixture fixture(Suite suite) {
        NoteSigner signer = new NoteSigner(ORIGIN, suite, suite.generateKeyPair());
        byte[] root = suite.hash("some root".getBytes());
        String note = new CheckpointSigner(signer).sign(42, root);
        return new Fixture(
                suite, signer, new CheckpointVerifier(ORIGIN, NoteVerifiers.of(signer.verifier())), root, note);
    }

    @ParameterizedTest
    @MethodSource("suites")
    void signParseVerifyRoundTrip(Suite suite) throws Exception {
        Fixture f = fixture(suite);
        VerifiedCheckpoint v = f.verifier().open(f.note());
        Checkpoint cp = v.checkpoint();
        assertEquals(ORIGIN, cp.origin());
        assertEquals(42, cp.size());
        assertArrayEquals(f.root(), cp.rootHash());
        assertEquals(Optional.of(suite.id()), cp.suiteId());
        assertEquals(Optional.of(KeyIds.hex(f.signer().keyId())), cp.keyIdHex());
        assertEquals(f.signer().verifier(), v.signedBy());
        assertEquals(cp, Checkpoint.parse(cp.body()));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void rejectsAlteredBody(Suite suite) {
        Fixture f = fixture(suite);
        assertThrows(
                BadSignatureException.class, () -> f.verifier().open(f.note().replace("\n42\n", "\n43\n")));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void rejectsAlteredRoot(Suite suite) {
        Fixture f = fixture(suite);
        String other = Bytes.base64(suite.hash("other root".getBytes()));
        assertThrows(
                BadSignatureException.class, () -> f.verifier().open(f.note().replace(Bytes.base64(f.root()), other)));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void rejectsSignatureByUnknownKey(Suite suite) {
        Fixture f = fixture(suite);
        Fixture stranger = fixture(suite);
        assertThrows(UnknownKeyException.class, () -> f.verifier().open(stranger.note()));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void rejectsTruncatedSignature(Suite suite) {
        Fixture f = fixture(suite);
        String note = f.note();
        // Four base64 characters fewer is still base64, three bytes short: the signature fails.
        String shorter = note.substring(0, note.length() - 5) + "\n";
        assertThrows(BadSignatureException.class, () -> f.verifier().open(shorter));
        // One character fewer is not base64 at all.
        String broken = note.substring(0, note.length() - 2) + "\n";
        assertThrows(MalformedNoteException.class, () -> f.verifier().open(broken));
        // Only the key id left.
        String idOnly = note.substring(0, note.lastIndexOf(' ') + 1) + Bytes.base64(new byte[] {1, 2, 3, 4}) + "\n";
        assertThrows(NoteException.class, () -> f.verifier().open(idOnly));
    }

    @ParameterizedTest
    @MethodSource("suites")
    void rejectsMissingBlankLine(Suite suite) {
        Fixture f = fixture(suite);
        assertThrows(
                MalformedNoteException.class, () -> f.verifier().open(f.note().replace("\n\n\u2014", "\n\u2014")));
    }

    @Test
    void rejectsCheckpointClaimingAnotherSuiteOrOrigin() throws Exception {
        Suite s = Suites.ED25519_SHA256;
        NoteSigner signer = new NoteSigner(ORIGIN, s, s.generateKeyPair());
        CheckpointVerifier v = new CheckpointVerifier(ORIGIN, NoteVerifiers.of(signer.verifier()));
        Checkpoint lying = new Checkpoint(ORIGIN, 1, new byte[32], List.of("suite sm2-sm3"));
        assertThrows(
                CheckpointException.class,
                () -> v.open(Note.sign(lying.body(), signer).format()));
        Checkpoint wrongKey = new Checkpoint(ORIGIN, 1, new byte[32], List.of("key 00000000"));
        assertThrows(
                CheckpointException.class,
                () -> v.open(Note.sign(wrongKey.body(), signer).format()));
        assertThrows(
                CheckpointException.class,
                () -> new CheckpointVerifier("other.example", NoteVerifiers.of(signer.verifier()))
                        .open(new CheckpointSigner(signer).sign(1, new byte[32])));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "origin\n01\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n",
                "origin\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                "origin\n1\n",
                "\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n",
                "origin\n-1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n",
                "origin\n1\nAAAA\n",
                "origin\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAB=\n",
                "origin\n1\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n\n",
                "origin\n99999999999999999999\nAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=\n",
            })
    void strictBodyParsing(String body) {
        assertThrows(MalformedCheckpointException.class, () -> Checkpoint.parse(body));
    }

    @Test
    void tlogProofRoundTripAndVerify() throws Exception {
        Suite s = Suites.ED25519_SHA256;
        RfcLogHasher h = new RfcLogHasher(s.newDigester());
        List<byte[]> leaves = new java.util.ArrayList<>();
        for (int i = 0; i < 7; i++) {
            leaves.add(h.hashLeaf(new byte[] {(byte) i}));
        }
        byte[] root = MerkleTree.rootHash(h, leaves);
        NoteSigner signer = new NoteSigner(ORIGIN, s, s.generateKeyPair());
        String cp = new CheckpointSigner(signer).sign(7, root);
        TlogProof p = new TlogProof(new byte[] {9}, 3, MerkleTree.inclusionProof(h, leaves, 3, 7), cp);
        TlogProof back = TlogProof.parse(p.format());
        assertEquals(p.format(), back.format());
        Checkpoint c = new CheckpointVerifier(ORIGIN, NoteVerifiers.of(signer.verifier()))
                .open(back.signedCheckpoint())
                .checkpoint();
        ProofVerifier.verifyInclusion(h, back.index(), c.size(), leaves.get(3), back.proof(), c.rootHash());
    }
}
