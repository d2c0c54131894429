package org.meritledger.training.correction;

import org.meritledger.training.TrainingRuleException;
import org.meritledger.training.standard.Grade;

/**
 * A correction of a signed-off result. The original is never edited: the correction is a new
 * entry pointing at it, with a reason. When the correction changes the outcome that matters for
 * a soldier's record (the qualification tier, or pass/fail where a standard has no tiers) it
 * needs a second person: another commander of the unit chain or an administrator, never its
 * author. Other corrections take effect at once.
 */
public final class Correction {

    public enum Status {
        PENDING_APPROVAL,
        EFFECTIVE,
        REJECTED
    }

    private final Grade original;
    private final Grade corrected;
    private final String reason;
    private final long authorAccountId;
    private Status status;
    private Long decidedBy;

    /** The reason of a correction or a rejection; also sizes the reason fields of the dialogs. */
    public static final org.meritledger.base.TextRule REASON = org.meritledger.base.TextRule.upTo(500);

    public Correction(Grade original, Grade corrected, String reason, long authorAccountId) {
        if (!corrected.valid()) {
            throw new TrainingRuleException("training.correction.invalidScore");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new TrainingRuleException("training.correction.reasonRequired");
        }
        if (why.length() > REASON.maxLength()) {
            throw new TrainingRuleException("training.correction.reasonTooLong", REASON.maxLength());
        }
        this.original = original;
        this.corrected = corrected;
        this.reason = why;
        this.authorAccountId = authorAccountId;
        this.status = needsSecondPerson(original, corrected) ? Status.PENDING_APPROVAL : Status.EFFECTIVE;
    }

    private Correction(Grade corrected, String reason, long authorAccountId) {
        this.original = null;
        this.corrected = corrected;
        this.reason = reason;
        this.authorAccountId = authorAccountId;
        this.status = Status.PENDING_APPROVAL;
    }

    /**
     * A stored correction that waits for approval, rebuilt so that the rules above decide on it
     * (the values it replaced are the stored result's, not needed for the decision).
     */
    public static Correction restorePending(Grade corrected, String reason, long authorAccountId) {
        return new Correction(corrected, reason, authorAccountId);
    }

    /** Tier changed, or (for standards without tiers) pass/fail changed. */
    public static boolean needsSecondPerson(Grade original, Grade corrected) {
        if (original.tier() != null || corrected.tier() != null) {
            return original.tier() != corrected.tier();
        }
        return original.passed() != corrected.passed();
    }

    /**
     * @param approverMayApprove whether the approver commands the soldier's unit chain or is an
     *                           administrator (the service knows; this class keeps the other rules)
     */
    public void approve(long approverAccountId, boolean approverMayApprove) {
        decide(approverAccountId, approverMayApprove);
        status = Status.EFFECTIVE;
    }

    public void reject(long approverAccountId, boolean approverMayApprove) {
        decide(approverAccountId, approverMayApprove);
        status = Status.REJECTED;
    }

    private void decide(long approverAccountId, boolean approverMayApprove) {
        if (status != Status.PENDING_APPROVAL) {
            throw new TrainingRuleException("training.correction.notPending");
        }
        if (approverAccountId == authorAccountId) {
            throw new TrainingRuleException("training.correction.ownApproval");
        }
        if (!approverMayApprove) {
            throw new TrainingRuleException("training.correction.approverOutOfChain");
        }
        decidedBy = approverAccountId;
    }

    public Grade original() {
        return original;
    }

    public Grade corrected() {
        return corrected;
    }

    public String reason() {
        return reason;
    }

    public long authorAccountId() {
        return authorAccountId;
    }

    public Status status() {
        return status;
    }

    public Long decidedBy() {
        return decidedBy;
    }
}
