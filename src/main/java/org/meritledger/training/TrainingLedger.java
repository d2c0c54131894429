package org.meritledger.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerAppend;
import org.meritledger.training.correction.CorrectionDecision;
import org.meritledger.training.correction.TrainingCorrection;
import org.meritledger.training.session.TrainingResult;
import org.meritledger.training.standard.StoredStandard;

/** Training's side of the ledger: the integrity-hold check, and one entry per standard version, signed result,
 * correction and decision on a correction. */
@ApplicationScoped
public class TrainingLedger {

    private IntegrityGuard guard;
    private LedgerAppend ledger;

    protected TrainingLedger() {}

    @Inject
    public TrainingLedger(IntegrityGuard guard, LedgerAppend ledger) {
        this.guard = guard;
        this.ledger = ledger;
    }

    public void requireWritable() {
        guard.requireWritable();
    }

    public void standard(StoredStandard s) {
        ledger.append("training.standard.version", "standard:" + s.getId(), TrainingStates.of(s));
    }

    public long result(TrainingResult r, StoredStandard s) {
        return ledger.append("training.result.signed", "result:" + r.getId(), TrainingStates.of(r, s));
    }

    /** A session signed off: its date, place and officers, which its results do not carry. */
    public void sessionSigned(org.meritledger.training.session.TrainingSession s) {
        ledger.append("training.session.signed", "session:" + s.getId(), TrainingStates.of(s));
    }

    /** A correction proposed (pending) or, when it changes no tier, in effect at once. */
    public long corrected(TrainingCorrection c) {
        return ledger.append("training.result.corrected", "correction:" + c.getId(), TrainingStates.of(c, null));
    }

    public long decided(TrainingCorrection c, CorrectionDecision d) {
        return ledger.append(
                d.isApproved() ? "training.correction.approved" : "training.correction.rejected",
                "correction:" + c.getId(),
                TrainingStates.of(c, d));
    }
}
