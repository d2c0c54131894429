/**
 * Commander budgets: a monthly award allowance by unit level with per-commander overrides and
 * administrator top-ups, all on the ledger; an award takes from it under a row lock so two
 * simultaneous awards cannot both take the last of it.
 */
package org.meritledger.rewards.budget;
