/**
 * Automatic award rules: administrators define, revise and retire declarative rules ("a result
 * of standard X that takes effect with condition C gives N tokens", within a window and a unit
 * subtree), each version an append-only row with its ledger entry ({@link AwardRuleService}).
 * {@link RuleFiring} observes training's events inside the sign-off or correction transaction
 * and writes rule awards and their reversals through the movement writer. The pure core,
 * shared with the verifier's replay, is {@code replay}; {@code jpa} the storage, the mirror and
 * the replay check; {@code ui} the "Award rules" page.
 *
 * <p>Rules know training only by its events and by reading its signed results' values for a
 * soldier's history ({@link TrainingOutcomes}); training knows nothing of rules.
 */
package org.meritledger.rewards.rules;
