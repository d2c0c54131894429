/**
 * Training: recording results against standards, correcting them, and reading them back. Each
 * concept is a subpackage, one hop from here: {@code standard} (standards, grading and the value
 * types all of training uses), {@code session} (sessions, score sheet, sign-off, signed results,
 * CSV import and export), {@code correction}, {@code dashboard}, {@code mytraining} and {@code demo} (the demo
 * battalion's training history).
 *
 * <p>This package holds only what those concepts share: {@code TrainingRuleException} (a
 * training rule said no) and training's side of the ledger ({@code TrainingLedger} appends one
 * entry per standard version, signed result, correction and decision; {@code TrainingStates}
 * builds their payloads; {@code jpa.TrainingMirrors} reads the rows back for verification).
 * Screens live in each concept's {@code ui}.
 */
package org.meritledger.training;
