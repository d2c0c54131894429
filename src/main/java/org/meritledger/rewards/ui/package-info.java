/** Reward token screens: My tokens, the commanders' Award tokens page with its Award and Deduct dialogs, Appeals, Budgets and Categories. */
package org.meritledger.rewards.ui;
