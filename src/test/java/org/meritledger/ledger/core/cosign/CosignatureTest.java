package org.meritledger.ledger.core.cosign;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.export.MemoryLog;
import org.meritledger.ledger.core.note.InvalidVerifierKeyException;
import org.meritledger.ledger.core.note.Note;
import org.meritledger.ledger.core.note.NoteSignature;
import org.meritledger.ledger.core.suite.Suites;

/** c2sp.org/tlog-cosignature, Ed25519: key id, vkey, signed message and timestamped signature layout. */
class CosignatureTest {

    // RFC 8032 test 1 secret key, so the witness key is the same on every run
    static final byte[] SEED = Bytes.fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    private final Cosigner witness = new Cosigner("witness.example/w1", Suites.ed25519KeyPairFromSeed(SEED));

    @Test
    void keyIdIsSha256OfNameNewlineType4AndKey() throws Exception {
        byte[] pub = Bytes.fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"); // RFC 8032
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        md.update("witness.example/w1\n".getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0x04);
        byte[] h = md.digest(pub);
        assertEquals(ByteBuffer.wrap(h, 0, 4).getInt(), witness.key().keyId());
        String vkey = witness.key().vkey();
        assertEquals(
                "witness.example/w1+" + Bytes.hex(Arrays.copyOf(h, 4)) + "+"
                        + Bytes.base64(
                                ByteBuffer.allocate(33).put((byte) 4).put(pub).array()),
                vkey);
        assertEquals(witness.key(), CosignerKey.parse(vkey));
    }

    @Test
    void signatureIsTimestampThenEd25519OverTheV1Message() {
        String body = "example.org/log\n3\n" + Bytes.base64(new byte[32]) + "\n";
        NoteSignature sig = witness.cosign(body, 1_679_315_147L);
        byte[] blob = sig.signature();
        assertEquals(72, blob.length);
        assertEquals(1_679_315_147L, ByteBuffer.wrap(blob, 0, 8).getLong());
        byte[] message = ("cosignature/v1\ntime 1679315147\n" + body).getBytes(StandardCharsets.UTF_8);
        assertTrue(Suites.ED25519_SHA256.verify(
                Suites.ed25519KeyPairFromSeed(SEED).getPublic(), message, Arrays.copyOfRange(blob, 8, 72)));
        assertEquals(1_679_315_147L, witness.key().verify(body, sig));
    }

    @Test
    void changedBodyOrTimestampDoesNotVerify() {
        String body = "example.org/log\n3\n" + Bytes.base64(new byte[32]) + "\n";
        NoteSignature sig = witness.cosign(body, 100);
        assertThrows(IllegalArgumentException.class, () -> witness.key().verify(body.replace("3", "4"), sig));
        byte[] blob = sig.signature();
        blob[7] = 101;
        NoteSignature later = new NoteSignature(sig.name(), sig.keyId(), blob);
        assertThrows(IllegalArgumentException.class, () -> witness.key().verify(body, later));
    }

    @Test
    void cosignaturesOnACheckpointAreSorted() throws Exception {
        MemoryLog log = new MemoryLog("example.org/log").grow(5);
        String note = log.checkpoint();
        String line = log.cosignLatest(witness, 42);
        Cosigner stranger = new Cosigner("stranger.example/w", Suites.ED25519_SHA256.generateKeyPair());
        String body = Note.parse(note).text();
        String all = Cosignatures.append(
                note, List.of(line, stranger.cosign(body, 43).line()));
        Cosignatures c = Cosignatures.of(all, log.key().verifier(), List.of(witness.key()));
        assertEquals(1, c.witnessCount());
        assertEquals(42, c.valid().get(0).timestamp());
        assertEquals(1, c.logSignatures().size());
        assertEquals("stranger.example/w", c.unknown().get(0).name());
        assertEquals(null, c.bad());
    }

    @Test
    void vkeyOfAnotherTypeIsRefused() {
        MemoryLog log = new MemoryLog("example.org/log");
        assertThrows(
                InvalidVerifierKeyException.class,
                () -> CosignerKey.parse(log.key().verifier().vkey()));
        String v = witness.key().vkey();
        assertThrows(InvalidVerifierKeyException.class, () -> CosignerKey.parse(v.replace("+", "+0")));
        assertArrayEquals(new byte[] {4}, new byte[] {CosignerKey.TYPE});
    }
}
