package org.meritledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.base.InvalidInputException;
import org.meritledger.ledger.CheckpointWriter;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.IntegrityHoldException;
import org.meritledger.ledger.LedgerAnchor;
import org.meritledger.ledger.LedgerService;
import org.meritledger.ledger.LedgerState;
import org.meritledger.ledger.LedgerVerification;
import org.meritledger.ledger.RestoreAcceptance;
import org.meritledger.ledger.VerificationReport;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.ChainAppender;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.chain.Failure;
import org.meritledger.ledger.core.merkle.MerkleAppender;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.personnel.UnitDraft;
import org.meritledger.personnel.UnitService;

/**
 * Issue 10's insider, done with SQL on the real database as a database superuser would (the
 * append-only triggers bypassed as in {@link Tamper}): each case asserts detection, the entry
 * named, the hold, and recovery once the data is put back. Every case repairs in finally and
 * verifies again, so classes sharing a PostgreSQL database never see the tampering.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerInsiderIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(TestCallers.class, Tamper.class);
    }

    @Inject
    LedgerService ledger;

    @Inject
    LedgerVerification verification;

    @Inject
    LedgerState state;

    @Inject
    LedgerAnchor anchor;

    @Inject
    RestoreAcceptance restore;

    @Inject
    CheckpointWriter checkpoints;

    @Inject
    IntegrityGuard guard;

    @Inject
    UnitService units;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    private Tamper tamper;

    @BeforeEach
    void cleanLedger() throws Exception {
        tamper = new Tamper(dataSource);
        VerificationReport r = verification.verifyFull();
        assertTrue(r.ok(), "ledger verifies before the test: " + r);
        assertFalse(guard.isHeld());
        assertFalse(sharedHeld());
    }

    // ---- item 3: no checkpoint is signed while a hold is engaged ----

    @Test
    void noCheckpointIsSignedDuringAHold() throws Exception {
        write("CP3");
        checkpoints.checkpointNow();
        long size = ledger.size();
        assertEquals(size, newestCheckpoint());
        long seq = personnelEntry();
        String payload = tamper.text("select payload from ledger_entry where seq = ?", seq);
        // the newest checkpoint removed, so the checkpointer is behind the head and would sign
        var checkpoint = tamper.row("select * from ledger_checkpoint where tree_size = ?", size);
        try {
            tamper.sql("update ledger_entry set payload = '{\"tampered\":true}' where seq = " + seq);
            VerificationReport r = verification.verifyFull();
            assertEquals(seq, r.firstFailure().orElseThrow().sequence(), r.toString());
            assertTrue(guard.isHeld());
            // only now, with the hold engaged: deleted before the verification, the background
            // checkpointer could sign the same size again in the moment before the hold
            tamper.sql("delete from ledger_checkpoint where tree_size = " + size);
            assertEquals(Optional.empty(), checkpoints.checkpointNow(), "no checkpoint while held");
            assertEquals(Optional.empty(), checkpoints.checkpointIfBehind());
            Thread.sleep(2_500); // more than two sweeps of the background checkpointer
            assertTrue(newestCheckpoint() < size, "the sweep signed nothing during the hold");
        } finally {
            tamper.sql("update ledger_entry set payload = '" + payload.replace("'", "''") + "' where seq = " + seq);
            tamper.insert("ledger_checkpoint", java.util.List.of(checkpoint));
        }
        assertTrue(verification.verifyFull().ok());
        assertFalse(guard.isHeld());
        write("CP3OK");
        awaitCheckpoint(); // signing resumes after the hold
    }

    // ---- item 10: the hold is shared by every node on the database ----

    @Test
    void aHoldFoundHereHaltsEveryNodeAndClearingItClearsEverywhere() throws Exception {
        long seq = personnelEntry();
        String payload = tamper.text("select payload from ledger_entry where seq = ?", seq);
        // a second node on the same database: its own guard, which has verified nothing itself
        IntegrityGuard otherNode = new IntegrityGuard();
        try {
            tamper.sql("update ledger_entry set payload = '{\"tampered\":true}' where seq = " + seq);
            VerificationReport r = verification.verifyFull();
            assertEquals(Check.PAYLOAD_HASH, r.firstFailure().orElseThrow().check());
            assertTrue(sharedHeld(), "the hold is in the database");
            assertEquals(seq, tamper.scalar("select failure_seq from ledger_integrity_hold where id = 1"));
            try (Connection c = dataSource.getConnection()) {
                IntegrityHoldException refused =
                        assertThrows(IntegrityHoldException.class, () -> otherNode.requireWritable(c));
                assertTrue(refused.getMessage().contains("entry " + seq), refused.getMessage());
            }
            assertTrue(otherNode.isHeld(), "the other node adopted the hold before any verification of its own");
            assertTrue(otherNode.hold().orElseThrow().adopted());
        } finally {
            tamper.sql("update ledger_entry set payload = '" + payload.replace("'", "''") + "' where seq = " + seq);
        }
        assertTrue(verification.verifyFull().ok());
        assertFalse(sharedHeld(), "a passing full verification clears the hold for every node");
        try (Connection c = dataSource.getConnection()) {
            otherNode.requireWritable(c); // lifted on the other node at its next write
        }
        assertFalse(otherNode.isHeld());
    }

    @Test
    void aHoldSetByAnotherNodeRefusesTheNextWriteHere() throws Exception {
        long seq = personnelEntry();
        assertFalse(guard.isHeld(), "nothing local");
        // what another node's failed verification writes (this node has verified the ledger fine)
        tamper.sql("update ledger_integrity_hold set held = true, failure_seq = " + seq
                + ", failure_check = 'PAYLOAD_HASH', expected = 'aa', computed = 'bb',"
                + " detail = 'found by node 2', held_since = current_timestamp, held_by = 'node-2' where id = 1");
        try {
            long before = ledger.size();
            IntegrityHoldException refused = assertThrows(IntegrityHoldException.class, () -> write("N2"));
            assertEquals("error.integrityHold", refused.messageKey());
            assertTrue(refused.getMessage().contains("found by node 2"), refused.getMessage());
            assertEquals(before, ledger.size(), "nothing was written");
            assertTrue(guard.isHeld());
            assertEquals(seq, guard.hold().orElseThrow().failure().sequence());
            assertEquals(Optional.empty(), checkpoints.checkpointNow(), "no checkpoint under another node's hold");
        } finally {
            // the other node's verification passed again: it clears the shared row
            tamper.sql("update ledger_integrity_hold set held = false, failure_seq = null, failure_check = null,"
                    + " expected = null, computed = null, detail = null, held_since = null where id = 1");
        }
        write("N2OK"); // the adopted hold lifts at the next write, without a verification here
        assertFalse(guard.isHeld());
    }

    // ---- item 2: a forged append with correct hashes, nodes and head is never signed ----

    @Test
    void aCorrectlyHashedEntryInsertedWithSqlIsNeverSigned() throws Exception {
        checkpoints.checkpointNow();
        long size = ledger.size();
        String headHash =
                tamper.text("select last_hash from ledger_head where id = 1").trim();
        Entry last = ledger.entry(size - 1);
        Entry forged = ChainAppender.resume(state.suite(), last)
                .append(last.timestamp(), "personnel.note", null, null, null, Map.of("forged", true));
        // its Merkle nodes as the portal would store them, continuing the stored tree
        RfcLogHasher hasher = new RfcLogHasher(state.suite().newDigester());
        MerkleAppender tree = MerkleAppender.resume(
                hasher,
                (level, index) -> Bytes.fromHex(
                        tamper.unchecked("select hash from ledger_node where lvl = ? and idx = ?", level, index)),
                size);
        List<String> nodes = new ArrayList<>();
        tree.append(
                new EntryCodec(state.suite()).leafHash(forged.entryHash()),
                (level, index, hash) -> nodes.add("insert into ledger_node (lvl, idx, hash) values (" + level + ", "
                        + index + ", '" + Bytes.hex(hash) + "')"));
        List<String> forge = new ArrayList<>();
        forge.add("insert into ledger_entry (seq, ts, entry_type, payload, payload_hash, prev_hash, entry_hash)"
                + " select " + size + ", ts, 'personnel.note', '" + forged.payload() + "', '"
                + Bytes.hex(forged.payloadHash()) + "', '" + Bytes.hex(forged.previousHash()) + "', '"
                + Bytes.hex(forged.entryHash()) + "' from ledger_entry where seq = " + (size - 1));
        forge.addAll(nodes);
        forge.add("update ledger_head set next_seq = " + (size + 1) + ", last_hash = '" + Bytes.hex(forged.entryHash())
                + "' where id = 1");
        try {
            tamper.sql(forge.toArray(String[]::new));
            assertEquals(Optional.empty(), checkpoints.checkpointNow(), "the forged entry is not signed");
            assertTrue(guard.isHeld(), "the checkpointer found it and holds");
            assertEquals(Check.ENTRY_TAG, guard.hold().orElseThrow().failure().check());
            assertEquals(size, guard.hold().orElseThrow().failure().sequence());
            Thread.sleep(1_500); // the background sweep does not sign it either
            assertTrue(newestCheckpoint() <= size, "no checkpoint covers the forged entry");
            VerificationReport r = verification.verifyFull();
            Failure f = r.firstFailure().orElseThrow(() -> new AssertionError("forged entry not detected"));
            assertEquals(Check.ENTRY_TAG, f.check(), f.toString());
            assertEquals(size, f.sequence(), f.toString());
            assertTrue(sharedHeld());
        } finally {
            List<String> undo = new ArrayList<>();
            undo.add("update ledger_head set next_seq = " + size + ", last_hash = '" + headHash + "' where id = 1");
            undo.add("delete from ledger_entry where seq = " + size);
            for (String n : nodes) { // the forged nodes, by key
                String[] v = n.substring(n.indexOf("values (") + 8).split(", ");
                undo.add("delete from ledger_node where lvl = " + v[0] + " and idx = " + v[1]);
            }
            tamper.sql(undo.toArray(String[]::new));
        }
        assertTrue(verification.verifyFull().ok());
        assertFalse(guard.isHeld());
        write("TAGOK");
        awaitCheckpoint();
    }

    // ---- item 4: stored Merkle nodes are checked, never trusted ----

    @Test
    void anOverwrittenMerkleNodeIsFoundAndRestoringItLiftsTheHold() throws Exception {
        write("N4");
        checkpoints.checkpointNow();
        long size = ledger.size();
        // the largest perfect subtree of the current tree: every proof and root reads it
        int level = 63 - Long.numberOfLeadingZeros(size);
        String original = tamper.text("select hash from ledger_node where lvl = ? and idx = 0", level)
                .trim();
        String bogus = "ab".repeat(32);
        try {
            tamper.sql("update ledger_node set hash = '" + bogus + "' where lvl = " + level + " and idx = 0");
            write("N4B"); // the next checkpoint is signed over the root derived from verified data
            checkpoints.checkpointNow();
            VerificationReport r = verification.verifyFull();
            Failure f = r.firstFailure().orElseThrow(() -> new AssertionError("overwritten node not detected"));
            assertEquals(Check.MERKLE_NODE, f.check(), f.toString());
            assertEquals(0, f.sequence(), "the first entry under the node");
            assertEquals(bogus, f.expected(), "the ledger's side is the stored node");
            assertTrue(f.detail().contains("level " + level + ", index 0"), f.detail());
            assertTrue(guard.isHeld());
            assertThrows(IntegrityHoldException.class, () -> write("N4C"));
        } finally {
            tamper.sql("update ledger_node set hash = '" + original + "' where lvl = " + level + " and idx = 0");
        }
        // every stored checkpoint, including one signed while the node was wrong, has the true root
        VerificationReport again = verification.verifyFull();
        assertTrue(again.ok(), "after restoring the node: " + again);
        assertFalse(guard.isHeld());
        write("N4OK");
    }

    // ---- item 1: a consistent rollback is found; only an accepted restore resumes ----

    @Test
    void aConsistentRollbackIsFoundAndOnlyAnAcceptedRestoreResumes() throws Exception {
        checkpoints.checkpointNow();
        long base = ledger.size(); // the point the "backup" is of
        String baseHash =
                tamper.text("select last_hash from ledger_head where id = 1").trim();
        List<String> codes = List.of(write("RB1"), write("RB2"), write("RB3")); // three acknowledged changes
        checkpoints.checkpointNow();
        long size = ledger.size();
        assertEquals(size, anchor.size(), "the anchor file holds the newest checkpoint this node signed");
        // the rollback: entries, tags, nodes, checkpoints and head moved back, domain rows restored
        List<String> rollback = new ArrayList<>();
        rollback.add("delete from ledger_entry where seq >= " + base);
        rollback.add("delete from ledger_entry_tag where seq >= " + base);
        for (int lvl = 0; lvl < 63 && (size >> lvl) > 0; lvl++) {
            rollback.add("delete from ledger_node where lvl = " + lvl + " and idx >= " + (base >> lvl));
        }
        rollback.add("delete from ledger_checkpoint where tree_size > " + base);
        rollback.add("update ledger_head set next_seq = " + base + ", last_hash = '" + baseHash + "' where id = 1");
        for (String code : codes) {
            rollback.add("delete from org_unit where code = '" + code + "'");
        }
        tamper.sql(rollback.toArray(String[]::new));
        // the background checkpointer may have been signing the newest size while the rollback ran
        // (it read the ledger before it): as the insider would, delete what it still wrote
        Thread.sleep(1500);
        tamper.sql("delete from ledger_checkpoint where tree_size > " + base);
        VerificationReport r = verification.verifyFull();
        Failure f = r.firstFailure().orElseThrow(() -> new AssertionError("the rollback was not detected"));
        assertEquals(Check.ANCHOR, f.check(), f.toString());
        assertEquals(base, f.sequence(), "names the first entry the ledger lost");
        assertTrue(f.expected().contains("anchor"), f.toString());
        assertTrue(f.computed().contains("the ledger"), f.toString());
        assertTrue(guard.isHeld());
        assertEquals(Optional.empty(), checkpoints.checkpointNow(), "no second checkpoint for a replaced history");
        assertThrows(IntegrityHoldException.class, () -> write("RB4"));
        // a restore is accepted only explicitly, by an administrator, with a reason
        InvalidInputException noReason = assertThrows(
                InvalidInputException.class, () -> TestCallers.as("admin", () -> restore.accept(base, "  ")));
        assertEquals("reason", noReason.problems().get(0).field());
        assertThrows(
                org.meritledger.base.AccessDeniedException.class,
                () -> TestCallers.as("auditor", () -> restore.accept(base, "not mine to accept")));
        assertTrue(guard.isHeld(), "nothing changed by the refused attempts");
        assertEquals(new RestoreAcceptance.Pending(size, base), TestCallers.as("admin", () -> restore.pending()));
        VerificationReport accepted =
                TestCallers.as("admin", () -> restore.accept(base, "restored the backup of entry " + base));
        assertTrue(accepted.ok(), accepted.toString());
        assertFalse(guard.isHeld());
        assertEquals(base, anchor.size());
        Entry recorded = ledger.entry(ledger.size() - 1);
        assertEquals("ledger.restore.accepted", recorded.type());
        assertTrue(recorded.payload().contains("restored the backup of entry " + base), recorded.payload());
        assertTrue(recorded.payload().contains("\"anchorSizeBefore\":" + size), recorded.payload());
        // and the portal resumes: writes, checkpoints, the anchor moves on
        write("RB5");
        awaitCheckpoint();
        assertEquals(ledger.size(), anchor.size());
        assertTrue(verification.verifyFull().ok());
    }

    // ---- item 7: every failure names the first entry actually wrong, and which side is the ledger's ----

    @Test
    void aDeletedMiddleEntryIsNamedByTheIncrementalAndTheFullRun() throws Exception {
        long seq = personnelEntry();
        Map<String, Object> row = tamper.row("select * from ledger_entry where seq = ?", seq);
        assertTrue(verification.verifyIncremental().ok());
        try {
            tamper.sql("delete from ledger_entry where seq = " + seq);
            Failure inc = verification.verifyIncremental().firstFailure().orElseThrow();
            assertEquals(Check.SEQUENCE, inc.check(), inc.toString());
            assertEquals(seq, inc.sequence(), "the deleted entry, not the tree size: " + inc);
            Failure full = verification.verifyFull().firstFailure().orElseThrow();
            assertEquals(seq, full.sequence(), full.toString());
            assertTrue(guard.isHeld());
        } finally {
            tamper.insert("ledger_entry", List.of(row));
        }
        assertTrue(verification.verifyFull().ok());
        assertFalse(guard.isHeld());
    }

    @Test
    void aFakeRowIsNamedByItsSubjectNotByTheNewestEntry() throws Exception {
        String code = "FAKE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        try {
            tamper.sql("insert into org_unit (code, name, active, version) values ('" + code + "', 'Fake', true, 0)");
            long id = tamper.scalar("select id from org_unit where code = ?", code);
            Failure f = verification.verifyFull().firstFailure().orElseThrow();
            assertEquals(Check.DOMAIN_STATE, f.check(), f.toString());
            assertEquals(-1, f.sequence(), "tied to no entry: " + f);
            assertTrue(f.detail().contains("unit:" + id), f.detail());
            assertTrue(f.computed().startsWith("the row"), f.toString());
            assertTrue(guard.isHeld());
        } finally {
            tamper.sql("delete from org_unit where code = '" + code + "'");
        }
        assertTrue(verification.verifyFull().ok());
    }

    @Test
    void theIncrementalRunBlamesATamperedLedgerPayloadNotTheRow() throws Exception {
        String code = write("P7");
        long id = tamper.scalar("select id from org_unit where code = ?", code);
        long seq = tamper.scalar("select max(seq) from ledger_entry where subject = ?", "unit:" + id);
        assertTrue(verification.verifyIncremental().ok()); // the entry is now behind the resume point
        String payload = tamper.text("select payload from ledger_entry where seq = ?", seq);
        String storedHash = tamper.text("select payload_hash from ledger_entry where seq = ?", seq)
                .trim();
        try {
            tamper.sql("update ledger_entry set payload = '" + payload.replace("Insider test", "Tampered")
                    + "' where seq = " + seq);
            Failure f = verification.verifyIncremental().firstFailure().orElseThrow();
            assertEquals(Check.PAYLOAD_HASH, f.check(), "the ledger entry is wrong, not the row: " + f);
            assertEquals(seq, f.sequence());
            assertEquals(storedHash, f.expected(), "the ledger's side is the stored hash");
            assertTrue(f.detail().contains("ledger"), f.detail());
        } finally {
            tamper.sql("update ledger_entry set payload = '" + payload.replace("'", "''") + "' where seq = " + seq);
        }
        assertTrue(verification.verifyFull().ok());
    }

    /** A checkpoint of the current size, by this call or by the background sweep that may have been first. */
    private void awaitCheckpoint() throws Exception {
        checkpoints.checkpointNow();
        long size = ledger.size();
        long deadline = System.currentTimeMillis() + 5_000;
        while (newestCheckpoint() < size) {
            assertTrue(System.currentTimeMillis() < deadline, "a checkpoint of size " + size + " within seconds");
            Thread.sleep(100);
        }
    }

    private boolean sharedHeld() throws Exception {
        return Boolean.parseBoolean(tamper.text("select held from ledger_integrity_hold where id = 1"));
    }

    private long newestCheckpoint() throws Exception {
        return tamper.scalar("select coalesce(max(tree_size), 0) from ledger_checkpoint");
    }

    private long personnelEntry() throws Exception {
        return tamper.scalar("select min(seq) from ledger_entry where entry_type = 'personnel.soldier.created'") + 7;
    }

    private String write(String prefix) {
        String code =
                prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        TestCallers.as("admin", () -> units.create(new UnitDraft(code, "Insider test", null)));
        return code;
    }
}
