package org.meritledger.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionalException;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.meritledger.base.DataSourceConfig;
import org.meritledger.base.PageRequest;
import org.meritledger.ledger.CheckpointWriter;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.IntegrityHoldException;
import org.meritledger.ledger.LedgerReadiness;
import org.meritledger.ledger.LedgerService;
import org.meritledger.ledger.LedgerState;
import org.meritledger.ledger.LedgerVerification;
import org.meritledger.ledger.VerificationReport;
import org.meritledger.ledger.core.Bytes;
import org.meritledger.ledger.core.chain.ChainAppender;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.Entry;
import org.meritledger.ledger.core.chain.EntryCodec;
import org.meritledger.ledger.core.chain.EntryTypes;
import org.meritledger.ledger.core.checkpoint.CheckpointSigner;
import org.meritledger.ledger.core.merkle.ProofVerifier;
import org.meritledger.ledger.core.merkle.RfcLogHasher;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.personnel.SoldierDraft;
import org.meritledger.personnel.SoldierFilter;
import org.meritledger.personnel.SoldierRow;
import org.meritledger.personnel.SoldierService;
import org.meritledger.personnel.UnitDraft;
import org.meritledger.personnel.UnitService;

/**
 * The ledger inside a real Payara Micro on the build's database: recording, atomicity both ways,
 * checkpoints and proofs, and the named tampering cases, each detected, pinpointed and holding
 * writes until the data is restored. Every tampering test puts the data back (in finally) and
 * verifies again, so other test classes sharing a PostgreSQL database never see it, whatever
 * the order.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portal(TestCallers.class, LedgerTestTransactions.class, Tamper.class);
    }

    @Inject
    LedgerService ledger;

    @Inject
    LedgerState state;

    @Inject
    LedgerVerification verification;

    @Inject
    CheckpointWriter checkpoints;

    @Inject
    IntegrityGuard guard;

    @Inject
    @Readiness // health checks carry the qualifier, so the injection point must too
    LedgerReadiness readiness;

    @Inject
    SoldierService soldiers;

    @Inject
    UnitService units;

    @Inject
    LedgerTestTransactions failing;

    @Inject
    org.meritledger.ledger.explorer.LedgerExplorerService explorer;

    @Inject
    org.meritledger.ledger.LedgerAdminService admin;

    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    private Tamper tamper;

    @BeforeEach
    void cleanLedger() {
        tamper = new Tamper(dataSource);
        VerificationReport r = verification.verifyFull();
        assertTrue(r.ok(), "ledger verifies before the test: " + r);
        assertFalse(guard.isHeld());
    }

    @Test
    void genesisAndDemoDataAreRecorded() throws Exception {
        Entry genesis = ledger.entry(0);
        assertEquals(EntryTypes.GENESIS, genesis.type());
        assertTrue(genesis.payload().contains("\"suite\":\"ed25519-sha256\""), genesis.payload());
        assertTrue(tamper.scalar("select count(*) from ledger_entry where entry_type = 'personnel.soldier.created'")
                >= 62);
        assertEquals(ledger.size(), tamper.scalar("select next_seq from ledger_head"));
    }

    @Test
    void aServiceChangeIsRecordedWithActorRoleAndFullState() throws Exception {
        SoldierRow s = TestCallers.as("admin", () -> soldiers.page(SoldierFilter.NONE, PageRequest.of(0, 1)))
                .get(0);
        long before = ledger.size();
        String newName = "Renamed" + UUID.randomUUID().toString().substring(0, 6);
        TestCallers.as(
                "admin",
                () -> soldiers.update(
                        s.id(),
                        new SoldierDraft(s.serviceNumber(), newName, s.givenName(), s.rank(), s.unitId(), s.status())));
        assertEquals(before + 1, ledger.size());
        Entry e = ledger.entry(before);
        assertEquals("personnel.soldier.updated", e.type());
        assertEquals("soldier:" + s.id(), e.subject());
        assertEquals("ADMIN", e.actorRole());
        assertEquals(tamper.scalar("select id from account where username = 'admin'"), e.actorAccountId());
        assertTrue(e.payload().contains("\"familyName\":\"" + newName + "\""), e.payload());
        assertFalse(e.payload().contains("password"), "no password material in the ledger");
    }

    @Test
    void aCheckpointFollowsEveryWriteAndProvesInclusion() throws Exception {
        TestCallers.as("admin", () -> units.create(new UnitDraft(code("CP"), "Checkpoint test", null)));
        long size = ledger.size();
        long deadline = System.currentTimeMillis() + 5_000;
        while (tamper.scalar("select coalesce(max(tree_size), 0) from ledger_checkpoint") < size) {
            assertTrue(System.currentTimeMillis() < deadline, "a checkpoint of size " + size + " within seconds");
            Thread.sleep(100);
        }
        String root = tamper.text("select root_hash from ledger_checkpoint where tree_size = ?", size)
                .trim();
        long seq = new SecureRandom().nextLong(size);
        List<byte[]> proof = ledger.inclusionProof(seq, size);
        RfcLogHasher hasher = new RfcLogHasher(state.suite().newDigester());
        byte[] leaf = new EntryCodec(state.suite()).leafHash(ledger.entry(seq).entryHash());
        ProofVerifier.verifyInclusion(hasher, seq, size, leaf, proof, Bytes.fromHex(root));
    }

    @Test
    void aFailedDomainWriteLeavesNoEntry() throws Exception {
        long before = ledger.size();
        String subject = "test:" + UUID.randomUUID();
        assertThrows(RuntimeException.class, () -> failing.appendThenFailingDomainWrite(subject, "1BN"));
        assertEquals(before, ledger.size());
        assertEquals(0, tamper.scalar("select count(*) from ledger_entry where subject = ?", subject));
        assertTrue(verification.verifyFull().ok());
    }

    @Test
    void aFailedAppendLeavesNoDomainChange() throws Exception {
        long before = ledger.size();
        String code = code("ATOM");
        assertThrows(RuntimeException.class, () -> failing.domainWriteThenFailingAppend(code));
        assertEquals(0, tamper.scalar("select count(*) from org_unit where code = ?", code));
        assertEquals(before, ledger.size());
    }

    @Test
    void appendOutsideATransactionIsRefused() {
        assertThrows(TransactionalException.class, () -> ledger.append("test.none", null, Map.of()));
    }

    // ---- tampering: each case names the check and the entry it must be caught at ----

    @Test
    void payloadChanged() throws Exception {
        long seq = personnelEntry();
        String payload = tamper.text("select payload from ledger_entry where seq = ?", seq);
        detect(
                Check.PAYLOAD_HASH,
                seq,
                () -> tamper.sql("update ledger_entry set payload = '{\"tampered\":true}' where seq = " + seq),
                () -> tamper.sql(
                        "update ledger_entry set payload = '" + payload.replace("'", "''") + "' where seq = " + seq));
    }

    @Test
    void entryHashChanged() throws Exception {
        long seq = personnelEntry();
        String hash = tamper.text("select entry_hash from ledger_entry where seq = ?", seq)
                .trim();
        detect(
                Check.ENTRY_HASH,
                seq,
                () -> tamper.sql("update ledger_entry set entry_hash = '" + "ab".repeat(32) + "' where seq = " + seq),
                () -> tamper.sql("update ledger_entry set entry_hash = '" + hash + "' where seq = " + seq));
    }

    @Test
    void rowDeleted() throws Exception {
        long seq = personnelEntry();
        Map<String, Object> row = tamper.row("select * from ledger_entry where seq = ?", seq);
        detect(
                Check.SEQUENCE,
                seq,
                () -> tamper.sql("delete from ledger_entry where seq = " + seq),
                () -> tamper.insert("ledger_entry", List.of(row)));
    }

    @Test
    void rowInserted() throws Exception {
        // A well-forged entry after the last one: correct hashes and link, but no authentication
        // tag (its key is outside the database), so the entry itself shows the portal did not write it.
        long size = ledger.size();
        Entry last = ledger.entry(size - 1);
        Entry forged = ChainAppender.resume(state.suite(), last)
                .append(last.timestamp(), "personnel.note", null, null, null, Map.of("forged", true));
        detect(
                Check.ENTRY_TAG,
                size,
                () -> tamper.sql(
                        "insert into ledger_entry (seq, ts, entry_type, payload, payload_hash, prev_hash, entry_hash)"
                                + " select " + size + ", ts, 'personnel.note', '" + forged.payload() + "', '"
                                + Bytes.hex(forged.payloadHash()) + "', '" + Bytes.hex(forged.previousHash()) + "', '"
                                + Bytes.hex(forged.entryHash()) + "' from ledger_entry where seq = " + (size - 1)),
                () -> tamper.sql("delete from ledger_entry where seq = " + size));
    }

    @Test
    void twoRowsSwapped() throws Exception {
        long seq = personnelEntry();
        Map<String, Object> a = tamper.row("select * from ledger_entry where seq = ?", seq);
        Map<String, Object> b = tamper.row("select * from ledger_entry where seq = ?", seq + 1);
        Map<String, Object> aAtB = new java.util.LinkedHashMap<>(a);
        aAtB.put("seq", b.get("seq"));
        Map<String, Object> bAtA = new java.util.LinkedHashMap<>(b);
        bAtA.put("seq", a.get("seq"));
        String delete = "delete from ledger_entry where seq in (" + seq + ", " + (seq + 1) + ")";
        detect(
                Check.PREVIOUS_HASH,
                seq,
                () -> {
                    tamper.sql(delete);
                    tamper.insert("ledger_entry", List.of(bAtA, aAtB));
                },
                () -> {
                    tamper.sql(delete);
                    tamper.insert("ledger_entry", List.of(a, b));
                });
    }

    @Test
    void tailTruncated() throws Exception {
        long size = checkpointedSize();
        List<Map<String, Object>> tail = List.of(
                tamper.row("select * from ledger_entry where seq = ?", size - 2),
                tamper.row("select * from ledger_entry where seq = ?", size - 1));
        // this node signed a checkpoint of `size` entries: its anchor file names the first lost entry
        detect(
                Check.ANCHOR,
                size - 2,
                () -> tamper.sql("delete from ledger_entry where seq >= " + (size - 2)),
                () -> tamper.insert("ledger_entry", tail));
    }

    @Test
    void checkpointAltered() throws Exception {
        long size = checkpointedSize();
        Map<String, Object> cp =
                tamper.row("select id, note from ledger_checkpoint where tree_size = ? order by id desc", size);
        String note = cp.get("note").toString();
        String[] lines = note.split("\n", -1);
        lines[2] = Bytes.base64(new byte[32]); // another root, same signature
        String altered = String.join("\n", lines);
        detect(
                Check.CHECKPOINT_SIGNATURE,
                size - 1,
                () -> tamper.sql("update ledger_checkpoint set note = '" + altered + "' where id = " + cp.get("id")),
                () -> tamper.sql("update ledger_checkpoint set note = '" + note + "' where id = " + cp.get("id")));
    }

    @Test
    void checkpointSignedByAnUnknownKey() throws Exception {
        long size = checkpointedSize();
        NoteSigner stranger =
                new NoteSigner(state.origin(), state.suite(), state.suite().generateKeyPair());
        String note = new CheckpointSigner(stranger).sign(size, ledger.rootHash(size));
        String marker = "'" + note.replace("'", "''") + "'";
        detect(
                Check.CHECKPOINT_SIGNATURE,
                size - 1,
                () -> tamper.sql("insert into ledger_checkpoint (tree_size, root_hash, key_id, note, created_at)"
                        + " select tree_size, root_hash, key_id, " + marker + ", created_at from ledger_checkpoint"
                        + " where tree_size = " + size + " and id = (select max(id) from ledger_checkpoint)"),
                () -> tamper.sql("delete from ledger_checkpoint where note = " + marker));
    }

    @Test
    void domainRowEditedBehindTheLedgersBack() throws Exception {
        SoldierRow s = TestCallers.as("admin", () -> soldiers.page(SoldierFilter.NONE, PageRequest.of(0, 1)))
                .get(0);
        long seq = tamper.scalar("select max(seq) from ledger_entry where subject = ?", "soldier:" + s.id());
        // the incremental run must find it too: domain tables are compared on every run
        Runnable incremental = () -> assertEquals(
                Check.DOMAIN_STATE,
                verification.verifyIncremental().firstFailure().orElseThrow().check());
        detect(
                Check.DOMAIN_STATE,
                seq,
                () -> {
                    tamper.sql("update soldier set family_name = 'Tampered' where id = " + s.id());
                    incremental.run();
                },
                () -> tamper.sql("update soldier set family_name = '"
                        + s.familyName().replace("'", "''") + "' where id = " + s.id()));
    }

    // ---- helpers ----

    @FunctionalInterface
    interface SqlStep {
        void run() throws Exception;
    }

    /**
     * Tampers, then: full verification names the check and entry, writes are refused with the
     * hold message, readiness is DOWN; after the repair verification passes and writes work.
     */
    private void detect(Check check, long seq, SqlStep tamperStep, SqlStep repair) throws Exception {
        checkpoints.checkpointNow();
        try {
            tamperStep.run();
            VerificationReport r = verification.verifyFull();
            var f = r.firstFailure().orElseThrow(() -> new AssertionError("tampering not detected: " + r));
            assertEquals(check, f.check(), f.toString());
            assertEquals(seq, f.sequence(), f.toString());
            assertNotNull(f.expected());
            assertNotNull(f.computed());
            assertTrue(guard.isHeld());
            IntegrityHoldException refused = assertThrows(
                    IntegrityHoldException.class,
                    () -> TestCallers.as(
                            "admin", () -> units.create(new UnitDraft(code("HOLD"), "Refused under hold", null))));
            assertEquals("error.integrityHold", refused.messageKey());
            HealthCheckResponse health = readiness.call();
            assertEquals(HealthCheckResponse.Status.DOWN, health.getStatus());
            assertTrue(health.getData().orElseThrow().get("reason").toString().contains(check.name()));
        } finally {
            repair.run();
        }
        VerificationReport again = verification.verifyFull();
        assertTrue(again.ok(), "after repair: " + again);
        assertFalse(guard.isHeld());
        assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());
        TestCallers.as("admin", () -> units.create(new UnitDraft(code("OK"), "Writable again", null)));
    }

    /** A personnel entry with a successor, in the middle of the demo data. */
    private long personnelEntry() throws SQLException {
        return tamper.scalar("select min(seq) from ledger_entry where entry_type = 'personnel.soldier.created'") + 5;
    }

    /** Current size, with a checkpoint covering it. */
    private long checkpointedSize() throws SQLException {
        checkpoints.checkpointNow();
        long size = ledger.size();
        assertEquals(size, tamper.scalar("select max(tree_size) from ledger_checkpoint"));
        return size;
    }

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    @Test
    void theExplorerPagesFiltersAndOpensEntriesForAuditorsOnly() throws Exception {
        long size = ledger.size();
        var newest = TestCallers.as(
                "auditor", () -> explorer.entries(org.meritledger.ledger.explorer.EntryFilter.ALL, 0, 3));
        assertEquals(
                List.of(size - 1, size - 2, size - 3),
                newest.stream().map(e -> e.sequence()).toList());
        var deep = TestCallers.as(
                "admin", () -> explorer.entries(org.meritledger.ledger.explorer.EntryFilter.ALL, (int) size - 2, 10));
        assertEquals(List.of(1L, 0L), deep.stream().map(e -> e.sequence()).toList(), "the oldest page");

        var soldiersOnly = new org.meritledger.ledger.explorer.EntryFilter(
                "personnel.soldier.*", null, "soldier:*", null, null, 5L, null);
        var page = TestCallers.as("auditor", () -> explorer.entries(soldiersOnly, 0, 20));
        assertEquals(20, page.size());
        assertTrue(
                page.stream()
                        .allMatch(e -> e.type().startsWith("personnel.soldier.")
                                && e.subject().startsWith("soldier:")
                                && e.sequence() >= 5),
                page.toString());
        for (int i = 1; i < page.size(); i++) {
            assertTrue(page.get(i - 1).sequence() > page.get(i).sequence(), "newest first");
        }
        long expected = tamper.scalar("select count(*) from ledger_entry where entry_type like 'personnel.soldier.%'"
                + " and subject like 'soldier:%' and seq >= 5");
        var all = TestCallers.as("auditor", () -> explorer.entries(soldiersOnly, 0, 500));
        assertEquals(expected, all.size(), "the SQL filter and the count agree");

        String subject = page.get(0).subject();
        var exact = TestCallers.as(
                "auditor",
                () -> explorer.entries(
                        new org.meritledger.ledger.explorer.EntryFilter(null, null, subject, null, null, null, null),
                        0,
                        50));
        assertTrue(exact.stream().allMatch(e -> e.subject().equals(subject)), "without * a subject is exact");

        waitForCheckpointCovering(page.get(0).sequence());
        var detail = TestCallers.as("auditor", () -> explorer.entry(page.get(0).sequence()));
        assertTrue(detail.receipt().verified(), "the inclusion proof checks out: " + detail.receipt());
        assertTrue(detail.firstCovering().treeSize() > page.get(0).sequence());
        assertFalse(detail.proofHex().isEmpty() && size > 1, "an inclusion proof is shown");
        assertTrue(detail.payloadPretty().contains("\n"), "indented for reading");
        assertTrue(detail.subjectHistory().stream()
                .anyMatch(e -> e.sequence() == page.get(0).sequence()));

        assertThrows(
                org.meritledger.base.AccessDeniedException.class,
                () -> TestCallers.as(
                        "mr-100003", () -> explorer.entries(org.meritledger.ledger.explorer.EntryFilter.ALL, 0, 3)));
        assertThrows(
                org.meritledger.base.AccessDeniedException.class,
                () -> TestCallers.as("a.cdr", () -> explorer.entry(0)));
        assertThrows(
                org.meritledger.base.InvalidInputException.class,
                () -> TestCallers.as(
                        "auditor",
                        () -> explorer.entries(
                                new org.meritledger.ledger.explorer.EntryFilter(null, null, null, null, null, 9L, 3L),
                                0,
                                3)));
    }

    @Test
    void aBackgroundVerificationReportsProgressAndLandsInTheHistoryWithWhoAskedForIt() throws Exception {
        long before = TestCallers.as("auditor", () -> admin.verificationRunCount());
        assertTrue(TestCallers.as("auditor", () -> admin.startFullVerification()), "started");
        // the run starts on the container's executor a moment later: wait for it to be recorded
        long after = before;
        for (int i = 0; i < 240 && after <= before; i++) {
            Thread.sleep(250);
            after = TestCallers.as("auditor", () -> admin.verificationRunCount());
        }
        assertTrue(after > before, "the run is recorded");
        var newest = TestCallers.as("auditor", () -> admin.verificationRuns(0, 5));
        var mine = newest.stream()
                .filter(r -> "auditor".equals(r.trigger()))
                .findFirst()
                .orElseThrow();
        assertTrue(mine.ok() && mine.full(), mine.toString());
        assertEquals(ledger.size(), mine.entries(), "a full run checks every entry");
        assertThrows(
                org.meritledger.base.AccessDeniedException.class,
                () -> TestCallers.as("mr-100003", () -> admin.startFullVerification()));

        // a run that finds tampering is in the history with the entry it names
        long seq = personnelEntry();
        String payload = tamper.text("select payload from ledger_entry where seq = ?", seq);
        tamper.sql("update ledger_entry set payload = '{\"tampered\":true}' where seq = " + seq);
        try {
            assertFalse(verification.verifyFull("test").ok());
            var failed = TestCallers.as("auditor", () -> admin.verificationRuns(0, 1))
                    .get(0);
            assertFalse(failed.ok());
            assertEquals("test", failed.trigger());
            assertEquals(seq, failed.failureSeq());
            assertTrue(TestCallers.as("auditor", () -> admin.held()));
        } finally {
            tamper.sql("update ledger_entry set payload = '" + payload.replace("'", "''") + "' where seq = " + seq);
            assertTrue(verification.verifyFull().ok());
        }
    }

    private void waitForCheckpointCovering(long seq) throws Exception {
        for (int i = 0; i < 60; i++) {
            if (tamper.scalar("select count(*) from ledger_checkpoint where tree_size > " + seq) > 0) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no checkpoint covers entry " + seq);
    }
}
