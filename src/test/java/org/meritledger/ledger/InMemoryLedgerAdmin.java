package org.meritledger.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.meritledger.ledger.LedgerOverview.CheckpointInfo;
import org.meritledger.ledger.LedgerOverview.SigningKeyInfo;
import org.meritledger.ledger.core.chain.Check;
import org.meritledger.ledger.core.chain.Failure;
import org.meritledger.ledger.core.checkpoint.CheckpointSigner;
import org.meritledger.ledger.core.note.KeyIds;
import org.meritledger.ledger.core.note.NoteSigner;
import org.meritledger.ledger.core.suite.Suite;
import org.meritledger.ledger.core.suite.Suites;
import org.meritledger.security.Caller;
import org.meritledger.security.CallerProvider;

/**
 * The ledger administration service with its access rules and integrity-hold check as in
 * production, over an in-memory ledger state (real keys and signed checkpoints, no database),
 * for view tests.
 */
public final class InMemoryLedgerAdmin extends LedgerAdminService {

    private static final String ORIGIN = "test.local/ledger";
    private final Suite suite = Suites.defaultSuite();
    private final List<SigningKeyInfo> keyList = new ArrayList<>();
    private NoteSigner current;
    private long size = 120;
    private VerificationReport last;
    /** When set, the next verification reports this failure. */
    public Failure nextFailure;

    public int verifications;

    /** What the progress bar reads; idle unless a test sets it. */
    public VerificationProgress.Snapshot progressNow = VerificationProgress.Snapshot.IDLE;

    /** The run history, newest first. */
    public final List<VerificationRuns.Run> runs = new ArrayList<>();

    public InMemoryLedgerAdmin(CallerProvider callers) {
        this.callers = callers;
        this.guard = new IntegrityGuard();
        current = new NoteSigner(ORIGIN, suite, suite.generateKeyPair());
        keyList.add(new SigningKeyInfo(
                KeyIds.hex(current.keyId()), current.verifier().vkey(), 0, Instant.parse("2026-01-01T00:00:00Z")));
    }

    public IntegrityGuard guard() {
        return guard;
    }

    public void holdWrites() {
        guard.engage(new Failure(7, Check.PAYLOAD_HASH, "aa", "bb", "test"), Instant.now());
    }

    public List<SigningKeyInfo> keys() {
        return keyList;
    }

    @Override
    protected LedgerOverview readOverview() {
        String note = new CheckpointSigner(current).sign(size, new byte[32]);
        return new LedgerOverview(
                size,
                new CheckpointInfo(size, KeyIds.hex(current.keyId()), note, Instant.parse("2026-11-21T10:00:00Z")),
                List.copyOf(keyList),
                last);
    }

    @Override
    protected VerificationReport runFullVerification() {
        verifications++;
        last = new VerificationReport(true, 0, size, nextFailure, Instant.parse("2026-11-21T10:05:00Z"), 12);
        return last;
    }

    @Override
    protected void submitVerification(String username) {
        VerificationReport r = runFullVerification();
        runs.add(
                0,
                new VerificationRuns.Run(
                        r.finishedAt().minusMillis(r.millis()),
                        r.finishedAt(),
                        true,
                        username,
                        r.entries(),
                        r.ok(),
                        r.failure() == null ? null : r.failure().sequence(),
                        r.failure() == null ? null : r.failure().toString(),
                        r.millis()));
    }

    @Override
    protected VerificationProgress.Snapshot readProgress() {
        return progressNow;
    }

    @Override
    protected List<VerificationRuns.Run> readRuns(int offset, int limit) {
        return runs.stream().skip(offset).limit(limit).toList();
    }

    @Override
    protected long countRuns() {
        return runs.size();
    }

    @Override
    protected SigningKeyInfo makeRotation(Caller caller) {
        current = new NoteSigner(ORIGIN, suite, suite.generateKeyPair());
        SigningKeyInfo k = new SigningKeyInfo(
                KeyIds.hex(current.keyId()), current.verifier().vkey(), size, Instant.parse("2026-11-21T10:10:00Z"));
        keyList.add(k);
        size++;
        return k;
    }
}
