package org.meritledger.rewards.redemption;

import java.util.Map;

/**
 * What the caller can request from the cards on their catalog page: their tokens, how often
 * they already had each limited item in its current period, and why an item cannot be
 * requested now (no entry: it can).
 */
public record Offer(TokenFigures figures, Map<Long, Long> used, Map<Long, RedemptionRules.Refusal> refusals) {

    public static final Offer NONE = new Offer(new TokenFigures(0, 0), Map.of(), Map.of());
}
