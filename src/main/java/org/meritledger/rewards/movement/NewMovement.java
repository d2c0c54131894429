package org.meritledger.rewards.movement;

/**
 * What a feature asks {@link MovementWriter} to record.
 *
 * @param soldierId whose balance changes
 * @param kind fixes the direction (see {@link MovementKind#sign()})
 * @param magnitude a positive number of tokens; ignored for a REVERSAL (it undoes the named movement exactly)
 * @param categoryId the category (awards and deductions), or null
 * @param reason the free text shown to the soldier, or null
 * @param reversesId the movement a REVERSAL (or a later RELEASE/REFUND) undoes, or null
 * @param reference what the calling feature acted on, e.g. {@code request:12} or {@code rule:3@2}, or null
 * @param actorAccountId who made it, or null for the system
 */
public record NewMovement(
        long soldierId,
        MovementKind kind,
        long magnitude,
        Long categoryId,
        String reason,
        Long reversesId,
        String reference,
        Long actorAccountId) {

    public static NewMovement reversal(Movement reversed, String reason, String reference, Long actorAccountId) {
        return new NewMovement(
                reversed.getSoldierId(),
                MovementKind.REVERSAL,
                Math.abs(reversed.getAmount()),
                reversed.getCategoryId(),
                reason,
                reversed.getId(),
                reference,
                actorAccountId);
    }
}
