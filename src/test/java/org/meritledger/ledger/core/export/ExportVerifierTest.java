package org.meritledger.ledger.core.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.cosign.Cosigner;
import org.meritledger.ledger.core.cosign.CosignerKey;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.suite.Suites;

/**
 * A genuine export verifies; each way of changing it (a row edited, removed, two swapped, the
 * file cut short, a checkpoint or key row altered, another ledger's key trusted, a forged
 * cosignature) fails and names where.
 */
class ExportVerifierTest {

    private final MemoryLog log = new MemoryLog("example.org/merit-ledger");
    private final Cosigner witness = new Cosigner("witness.example/w1", Suites.ED25519_SHA256.generateKeyPair());

    ExportVerifierTest() {
        log.grow(10);
        log.checkpoint();
        log.grow(25);
        log.checkpoint();
        log.checkpoint(); // a second checkpoint of the same size (two nodes)
        log.rotate();
        log.grow(40);
        log.checkpoint();
        log.cosignLatest(witness, 1_767_300_000L);
    }

    private ExportResult verify(String export, List<NoteVerifier> trusted, List<CosignerKey> witnesses, int quorum) {
        return new ExportVerifier(trusted, witnesses, quorum).verify(new BufferedReader(new StringReader(export)));
    }

    private ExportResult verify(String export) {
        return verify(
                export,
                List.of(log.keys.get(0).verifierKey()).stream()
                        .map(NoteVerifier::parse)
                        .toList(),
                List.of(witness.key()),
                1);
    }

    @Test
    void genuineExportVerifies() {
        ExportResult r = verify(log.export());
        assertTrue(r.valid(), r.toString());
        assertEquals(40, r.entries());
        assertEquals(4, r.checkpoints());
        assertEquals(2, r.keys());
        assertEquals(Bytes.hex(log.root(40)), Bytes.hex(r.rootHash()));
        assertEquals(40, r.witnessedSize());
        assertEquals(1, r.cosignatures());
    }

    @Test
    void theCurrentKeyIsTrustedToo() {
        ExportResult r = verify(log.export(), List.of(log.key().verifier()), List.of(), 0);
        assertTrue(r.valid(), r.toString());
    }

    @Test
    void editedRowFailsAtItsSequence() {
        List<Entry> rows = new ArrayList<>(log.entries);
        Entry e = rows.get(17);
        rows.set(
                17,
                new Entry(
                        e.sequence(),
                        e.timestamp(),
                        e.type(),
                        e.actorAccountId(),
                        e.actorRole(),
                        e.subject(),
                        e.payload().replace("EXPERT", "MARKSMAN"),
                        e.payloadHash(),
                        e.previousHash(),
                        e.entryHash()));
        ExportFailure f = verify(log.export(rows)).failure();
        assertEquals(17, f.sequence());
        assertEquals("PAYLOAD_HASH", f.check());
    }

    @Test
    void removedRowFailsAtItsSequence() {
        List<Entry> rows = new ArrayList<>(log.entries);
        rows.remove(12);
        ExportFailure f = verify(log.export(rows)).failure();
        assertEquals(12, f.sequence());
        assertEquals("SEQUENCE", f.check());
    }

    @Test
    void swappedRowsFailAtTheFirstOfThem() {
        List<Entry> rows = new ArrayList<>(log.entries);
        Entry a = rows.get(30);
        rows.set(30, rows.get(31));
        rows.set(31, a);
        ExportFailure f = verify(log.export(rows)).failure();
        assertEquals(30, f.sequence());
        assertEquals("SEQUENCE", f.check());
    }

    @Test
    void removedLineOfTheFileIsNoticed() {
        String[] lines = log.export().split("\n");
        String cut = Arrays.stream(lines).limit(lines.length - 1).collect(Collectors.joining("\n", "", "\n"));
        ExportFailure f = verify(cut).failure();
        assertEquals("COMPLETENESS", f.check());
        // and a file cut inside the entries: the end counts no longer match the chain
        String lost = Arrays.stream(lines)
                .filter(l -> !l.contains("\"sequence\":39,"))
                .collect(Collectors.joining("\n", "", "\n"));
        ExportFailure g = verify(lost).failure();
        assertEquals(39, g.sequence(), g.toString());
    }

    @Test
    void rewrittenHistoryWithRecomputedHashesFailsAtTheCheckpoint() {
        // A thorough forger re-hashes every later entry: links and hashes hold, the signed root does not.
        List<Entry> rows = new ArrayList<>(log.entries);
        EntryRehash rehash = new EntryRehash(log);
        Entry e = rows.get(5);
        rows.set(
                5,
                rehash.of(
                        new Entry(
                                e.sequence(),
                                e.timestamp(),
                                e.type(),
                                e.actorAccountId(),
                                e.actorRole(),
                                e.subject(),
                                e.payload().replace("EXPERT", "MARKSMAN"),
                                null,
                                e.previousHash(),
                                null),
                        e.previousHash()));
        for (int i = 6; i < rows.size(); i++) {
            rows.set(i, rehash.of(rows.get(i), rows.get(i - 1).entryHash()));
        }
        ExportFailure f = verify(log.export(rows)).failure();
        assertEquals("CHECKPOINT_ROOT", f.check());
        assertEquals(9, f.sequence()); // the first checkpoint (size 10) covers entry 5
    }

    @Test
    void anotherLedgersKeyIsNotTrusted() {
        NoteVerifier other = new MemoryLog("example.org/merit-ledger").key().verifier();
        ExportFailure f = verify(log.export(), List.of(other), List.of(), 0).failure();
        assertEquals("TRUSTED_KEY", f.check());
    }

    @Test
    void keyHistoryMustAgreeWithTheChain() {
        String export = log.export();
        String rotated = log.keys.get(1).verifierKey();
        String tampered = export.replace("\"fromSeq\":25,", "\"fromSeq\":26,");
        ExportFailure f = verify(tampered).failure();
        assertEquals("KEY_HISTORY", f.check(), f.toString());
        assertTrue(export.contains(rotated));
    }

    @Test
    void forgedCosignatureFails() {
        String line = log.checkpoints.get(3).cosignatures().get(0);
        String body = line.substring(line.lastIndexOf(' ') + 1);
        byte[] blob = Bytes.fromBase64(body);
        blob[20] ^= 1;
        String forged = log.export().replace(body, Bytes.base64(blob));
        ExportFailure f = verify(forged).failure();
        assertEquals("COSIGNATURE", f.check());
        assertEquals(39, f.sequence());
    }

    @Test
    void quorumNotReachedFails() {
        Cosigner other = new Cosigner("witness.example/w2", Suites.ED25519_SHA256.generateKeyPair());
        ExportResult r = verify(log.export(), List.of(log.key().verifier()), List.of(witness.key(), other.key()), 2);
        assertEquals("QUORUM", r.failure().check());
    }

    @Test
    void garbageLineIsAFormatFailure() {
        String[] lines = log.export().split("\n");
        lines[5] = "{not json";
        ExportFailure f = verify(String.join("\n", lines) + "\n").failure();
        assertEquals("FORMAT", f.check());
        assertTrue(f.computed().contains("line 6"), f.computed());
    }

    @Test
    void alteredCheckpointFails() {
        String note = log.checkpoints.get(0).note();
        String tampered = log.export().replace(note.split("\n")[2], Bytes.base64(new byte[32]));
        ExportFailure f = verify(tampered).failure();
        assertEquals(9, f.sequence());
        assertTrue(f.check().startsWith("CHECKPOINT_"), f.toString());
    }

    @Test
    void emptyInputIsNotValid() {
        ExportResult r = verify("");
        assertNull(r.rootHash());
        assertEquals("FORMAT", r.failure().check());
    }

    /** Recomputes an entry's stored hashes, as a forger with database access would. */
    static final class EntryRehash {
        private final org.meritledger.ledger.core.chain.EntryCodec codec;

        EntryRehash(MemoryLog log) {
            codec = new org.meritledger.ledger.core.chain.EntryCodec(log.suite);
        }

        Entry of(Entry e, byte[] previousHash) {
            Entry draft = e.withHashes(codec.payloadHash(e.payload()), previousHash, null);
            return draft.withHashes(draft.payloadHash(), previousHash, codec.entryHash(draft));
        }
    }
}
