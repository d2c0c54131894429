package org.meritledger.rewards.award;

import java.util.List;

/**
 * An award or deduction as the commander entered it: the same amount, category and reason for
 * every soldier chosen. The amount is the text as typed, so the service reports exactly what is
 * wrong with it (not a number, a fraction, zero, too large).
 */
public record MovementDraft(List<Long> soldierIds, String amount, Long categoryId, String reason) {}
