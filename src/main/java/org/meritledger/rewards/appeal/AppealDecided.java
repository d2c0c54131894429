package org.meritledger.rewards.appeal;

/**
 * An appeal was decided (CDI event, fired by {@link AppealService} in the deciding transaction),
 * for features that react, e.g. the soldier's notifications.
 *
 * @param ledgerSeq the {@code rewards.appeal.decided} entry
 * @param deducted the signed amount of the appealed deduction (negative)
 * @param reversalId the reversal movement when REVERSED, else null
 */
public record AppealDecided(
        long appealId,
        long soldierId,
        long movementId,
        AppealState outcome,
        String reason,
        long ledgerSeq,
        long deducted,
        Long reversalId) {}
