package org.meritledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meritledger.base.AccessDeniedException;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.ledger.CheckpointWriter;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.IntegrityHoldException;
import org.meritledger.ledger.LedgerAdminService;
import org.meritledger.ledger.LedgerOverview;
import org.meritledger.ledger.LedgerOverview.SigningKeyInfo;
import org.meritledger.ledger.LedgerService;
import org.meritledger.ledger.LedgerState;
import org.meritledger.ledger.VerificationReport;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.chain.EntryTypes;
import org.meritledger.ledger.core.chain.KeyRotation;
import org.meritledger.ledger.core.checkpoint.CheckpointVerifier;
import org.meritledger.ledger.core.jcs.Jcs;
import org.meritledger.ledger.core.jcs.JsonParser;
import org.meritledger.ledger.core.note.NoteException;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.note.NoteVerifier;
import org.meritledger.ledger.core.note.NoteVerifiers;
import org.meritledger.personnel.UnitDraft;
import org.meritledger.personnel.UnitService;

/**
 * Checkpoint key rotation in a real Payara Micro: administrators only, never under a hold, the
 * rotation entry is valid and signed by both keys, later checkpoints use the new key while the
 * old ones still verify with the old key, and a rotation entry with a forged signature is found.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerRotationIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(TestCallers.class, Tamper.class);
    }

    @Inject
    LedgerAdminService admin;

    @Inject
    LedgerService ledger;

    @Inject
    LedgerState state;

    @Inject
    CheckpointWriter checkpoints;

    @Inject
    IntegrityGuard guard;

    @Inject
    org.meritledger.ledger.LedgerReceipts receipts;

    @Inject
    UnitService units;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    private Tamper tamper;

    @BeforeEach
    void valid() {
        tamper = new Tamper(dataSource);
        VerificationReport r = TestCallers.as("admin", admin::verifyNow);
        assertTrue(r.ok(), "ledger verifies before the test: " + r);
    }

    @Test
    void rotationSignsLaterCheckpointsWithTheNewKeyAndOldOnesStillVerify() throws Exception {
        newUnit();
        checkpoints.checkpointNow();
        long before = ledger.size();
        String oldNote = latestNote(before);
        LedgerOverview o = TestCallers.as("admin", admin::overview);
        SigningKeyInfo oldKey = o.keys().get(o.keys().size() - 1);

        SigningKeyInfo newKey = TestCallers.as("admin", admin::rotateKey);

        assertEquals(before, newKey.fromSeq(), "the rotation is the next entry");
        assertNotEquals(oldKey.keyId(), newKey.keyId());
        Entry rotation = ledger.entry(before);
        assertEquals(EntryTypes.KEY_ROTATED, rotation.type());
        assertEquals("ADMIN", rotation.actorRole());
        NoteVerifier oldVerifier = NoteVerifier.parse(oldKey.verifierKey());
        NoteVerifier newVerifier = NoteVerifier.parse(newKey.verifierKey());
        assertEquals(
                newVerifier,
                KeyRotation.verify(rotation.payload(), state.origin(), before, oldVerifier),
                "authorised by the old key, possession proven by the new one");
        assertEquals(
                1,
                tamper.scalar(
                        "select count(*) from ledger_signing_key where key_id = ? and from_seq = ?",
                        newKey.keyId(),
                        before));

        newUnit();
        newUnit();
        checkpoints.checkpointNow();
        long after = ledger.size();
        assertEquals(before + 3, after);
        String newNote = latestNote(after);
        assertTrue(oldNote.contains("\nkey " + oldKey.keyId() + "\n"), oldNote);
        assertTrue(newNote.contains("\nkey " + newKey.keyId() + "\n"), newNote);
        // each checkpoint opens with its own key, and not with the other
        assertEquals(
                before,
                new CheckpointVerifier(state.origin(), NoteVerifiers.of(oldVerifier))
                        .open(oldNote)
                        .checkpoint()
                        .size());
        assertEquals(
                after,
                new CheckpointVerifier(state.origin(), NoteVerifiers.of(newVerifier))
                        .open(newNote)
                        .checkpoint()
                        .size());
        assertThrows(
                NoteException.class,
                () -> new CheckpointVerifier(state.origin(), NoteVerifiers.of(oldVerifier)).open(newNote));
        assertThrows(
                NoteException.class,
                () -> new CheckpointVerifier(state.origin(), NoteVerifiers.of(newVerifier)).open(oldNote));

        // receipts of entries from before and after the rotation verify under the newest checkpoint,
        // whose key the receipt service derives from the chain (genesis key, then the rotation entry)
        for (long seq : new long[] {before - 1, before, after - 1}) {
            var receipt = receipts.receipt(seq);
            assertTrue(receipt.verified(), () -> "receipt of " + seq + ": " + receipt);
            assertEquals(after, receipt.checkpointSize());
            assertEquals(newVerifier.vkey(), receipt.receipt().verifierKey());
        }

        VerificationReport full = TestCallers.as("admin", admin::verifyNow);
        assertTrue(full.ok(), full.toString());
        assertEquals(after, full.entries());
        LedgerOverview now = TestCallers.as("auditor", admin::overview);
        assertEquals(newKey.keyId(), now.keys().get(now.keys().size() - 1).keyId());
        assertEquals(after, now.checkpoint().orElseThrow().treeSize());
    }

    @Test
    void onlyAdministratorsRotate() throws Exception {
        long keys = tamper.scalar("select count(*) from ledger_signing_key");
        long size = ledger.size();
        for (String user : List.of("auditor", "a.cdr", "a1.ldr")) {
            assertThrows(AccessDeniedException.class, () -> TestCallers.as(user, admin::rotateKey), user);
        }
        assertThrows(AccessDeniedException.class, admin::rotateKey, "nobody logged in");
        assertThrows(AccessDeniedException.class, () -> TestCallers.as("a.cdr", admin::overview));
        assertEquals(keys, tamper.scalar("select count(*) from ledger_signing_key"));
        assertEquals(size, ledger.size());
    }

    @Test
    void rotationIsRefusedUnderAnIntegrityHold() throws Exception {
        long seq = tamper.scalar("select min(seq) from ledger_entry where entry_type = 'personnel.unit.created'");
        String payload = tamper.text("select payload from ledger_entry where seq = ?", seq);
        long keys = tamper.scalar("select count(*) from ledger_signing_key");
        try {
            tamper.sql("update ledger_entry set payload = '{\"tampered\":true}' where seq = " + seq);
            assertFalse(TestCallers.as("admin", admin::verifyNow).ok());
            assertTrue(guard.isHeld());
            IntegrityHoldException refused =
                    assertThrows(IntegrityHoldException.class, () -> TestCallers.as("admin", admin::rotateKey));
            assertEquals("error.integrityHold", refused.messageKey());
            assertEquals(keys, tamper.scalar("select count(*) from ledger_signing_key"));
        } finally {
            tamper.sql("update ledger_entry set payload = '" + payload.replace("'", "''") + "' where seq = " + seq);
        }
        assertTrue(TestCallers.as("admin", admin::verifyNow).ok());
        assertFalse(guard.isHeld());
    }

    @Test
    void aRotationWhoseAuthorizationDoesNotVerifyIsDetected() throws Exception {
        SigningKeyInfo k = TestCallers.as("admin", admin::rotateKey);
        newUnit();
        long seq = k.fromSeq();
        Entry real = ledger.entry(seq);
        // A well-formed entry in its place whose "authorization" is by a stranger, not the old
        // key: hashes recomputed, so only the rotation rule can catch it.
        @SuppressWarnings("unchecked")
        Map<String, Object> forged = new LinkedHashMap<>((Map<String, Object>) JsonParser.parse(real.payload()));
        NoteSigner stranger =
                new NoteSigner(state.origin(), state.suite(), state.suite().generateKeyPair());
        NoteVerifier previous = NoteVerifier.parse(forged.get("previousKey").toString());
        byte[] statement = KeyRotation.statement(state.origin(), seq, previous, NoteVerifier.parse(k.verifierKey()))
                .getBytes(StandardCharsets.UTF_8);
        forged.put("authorization", Bytes.base64(stranger.sign(statement).signature()));
        String payload = Jcs.canonicalize(forged);
        EntryCodec codec = new EntryCodec(state.suite());
        Entry draft = new Entry(
                seq,
                real.timestamp(),
                real.type(),
                real.actorAccountId(),
                real.actorRole(),
                real.subject(),
                payload,
                codec.payloadHash(payload),
                real.previousHash(),
                null);
        String entryHash = Bytes.hex(codec.entryHash(draft));
        Map<String, Object> original =
                tamper.row("select payload, payload_hash, entry_hash from ledger_entry where seq = ?", seq);
        try {
            tamper.sql("update ledger_entry set payload = '" + payload + "', payload_hash = '"
                    + Bytes.hex(draft.payloadHash()) + "', entry_hash = '" + entryHash + "' where seq = " + seq);
            VerificationReport r = TestCallers.as("auditor", admin::verifyNow);
            var f = r.firstFailure().orElseThrow(() -> new AssertionError("forged rotation not detected: " + r));
            assertEquals(Check.KEY_ROTATION, f.check(), f.toString());
            assertEquals(seq, f.sequence(), f.toString());
            assertTrue(guard.isHeld());
        } finally {
            tamper.sql("update ledger_entry set payload = '"
                    + original.get("payload").toString().replace("'", "''")
                    + "', payload_hash = '"
                    + original.get("payload_hash").toString().trim()
                    + "', entry_hash = '"
                    + original.get("entry_hash").toString().trim() + "' where seq = " + seq);
        }
        VerificationReport again = TestCallers.as("admin", admin::verifyNow);
        assertTrue(again.ok(), "after repair: " + again);
        assertFalse(guard.isHeld());
    }

    private void newUnit() {
        TestCallers.as(
                "admin",
                () -> units.create(new UnitDraft(
                        "ROT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(), "Rotation test", null)));
    }

    private String latestNote(long size) throws Exception {
        return tamper.text("select note from ledger_checkpoint where tree_size = ? order by id desc", size);
    }
}
