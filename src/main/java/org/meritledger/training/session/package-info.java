/**
 * Training sessions: a commander opens one for a unit they command, its participants' score
 * sheet is saved as a draft and signed off, and every signed result ({@code TrainingResult})
 * goes onto the ledger in the sign-off's transaction. {@code SessionSheet} holds the sign-off
 * rules without any framework; {@code SessionService} is the boundary the screens call and gives
 * them read models ({@code SessionSummary}, {@code SessionDetail}, {@code SheetLine}); the
 * entities and their repositories' interfaces are here too. Corrections of signed results are
 * in {@code training.correction}, a soldier's own view of their results in
 * {@code training.mytraining}.
 */
package org.meritledger.training.session;
