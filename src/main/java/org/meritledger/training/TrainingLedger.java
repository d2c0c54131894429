package org.meritledger.training;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.meritledger.ledger.IntegrityGuard;
import org.meritledger.ledger.LedgerAppend;
import org.meritledger.training.correction.CorrectionDecision;
import org.meritledger.training.correction.TrainingCorrection;
import org.meritledger.training.events.CorrectionTookEffect;
import org.meritledger.training.session.TrainingResult;
import org.meritledger.training.session.TrainingSession;
import org.meritledger.training.standard.ResultValues;
import org.meritledger.training.standard.StoredStandard;

/** Training's side of the ledger: the integrity-hold check, and one entry per standard version, signed result,
 * correction and decision on a correction. */
@ApplicationScoped
public class TrainingLedger {

    private IntegrityGuard guard;
    private LedgerAppend ledger;
    private Event<CorrectionTookEffect> tookEffect;

    protected TrainingLedger() {}

    @Inject
    public TrainingLedger(IntegrityGuard guard, LedgerAppend ledger, Event<CorrectionTookEffect> tookEffect) {
        this.guard = guard;
        this.ledger = ledger;
        this.tookEffect = tookEffect;
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
    public void sessionSigned(TrainingSession s) {
        ledger.append("training.session.signed", "session:" + s.getId(), TrainingStates.of(s));
    }

    /** A correction proposed (pending) or, when it changes no tier, in effect at once. */
    public long corrected(TrainingCorrection c) {
        return ledger.append("training.result.corrected", "correction:" + c.getId(), TrainingStates.of(c, null));
    }

    /**
     * Tells other features (award rules) that a correction counts now, inside this transaction,
     * after the entry {@code seq} that made it count. Here rather than in the correction service,
     * which keeps its dependencies on sessions as they are.
     *
     * @param before the values in effect before, or null: the values as signed off
     */
    public void tookEffect(
            TrainingCorrection c,
            TrainingResult r,
            TrainingSession s,
            String standardCode,
            ResultValues before,
            ResultValues after,
            long seq) {
        tookEffect.fire(new CorrectionTookEffect(
                c.getId(),
                r.getId(),
                r.getSoldierId(),
                s.getId(),
                standardCode,
                s.getUnitId(),
                s.getSignedOffAt(),
                r.getLedgerSeq() == null ? -1 : r.getLedgerSeq(),
                seq,
                outcome(before == null ? r.values() : before),
                outcome(after)));
    }

    private static CorrectionTookEffect.Outcome outcome(ResultValues v) {
        return new CorrectionTookEffect.Outcome(v.attendance(), v.passed(), v.tier(), v.totalPoints());
    }

    public long decided(TrainingCorrection c, CorrectionDecision d) {
        return ledger.append(
                d.isApproved() ? "training.correction.approved" : "training.correction.rejected",
                "correction:" + c.getId(),
                TrainingStates.of(c, d));
    }
}
