/**
 * Redemption of reward catalog items: a soldier requests an item, its current price is held at
 * once (a HOLD movement) and a unit of stock taken; a commander of the soldier's unit chain or an
 * administrator approves or declines (a RELEASE gives the tokens back), the item is handed over
 * (the hold stays as the spend), or the soldier cancels while it is pending. A request is a row
 * that never changes plus one step row per state, each step on the ledger.
 */
package org.meritledger.rewards.redemption;
