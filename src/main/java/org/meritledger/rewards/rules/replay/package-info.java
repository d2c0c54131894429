/**
 * The pure core of automatic award rules: what a rule says ({@link RuleTerms}), whether it
 * applies to a result and whether its condition holds ({@link RuleEvaluator}), how a rule
 * award names its rule version and triggering entry ({@link RuleReference}), and the replay
 * ({@link RuleReplay}) that re-runs every rule version over the ledger's entries from the start
 * and lists where the recorded rule awards and reversals differ from what the rules say.
 *
 * <p>JDK imports only, no framework, no database, no JSON library: the caller hands it ledger
 * entries with their payloads already parsed into maps, so the same code can run in the
 * portal's verification and in an independent verifier. The portal's rule firing calls the same
 * {@link RuleEvaluator}, so firing and replay cannot drift apart.
 */
package org.meritledger.rewards.rules.replay;
