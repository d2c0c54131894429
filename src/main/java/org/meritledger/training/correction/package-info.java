/**
 * Corrections of signed-off results: a correction is a new record with a reason, never an edit
 * of the signed row; one that changes the tier (or pass/fail) waits for a second commander of the
 * unit chain or an administrator ({@code CorrectionDecision}). {@code Correction} and
 * {@code CorrectionChain} hold these rules without any framework; {@code CorrectionService} is
 * the boundary, giving the screens read models: each result as signed and as it counts now
 * ({@code ResultLine}), its history ({@code ResultHistory}), the pending approvals
 * ({@code PendingCorrection}). The signed results themselves are {@code training.session}'s.
 */
package org.meritledger.training.correction;
