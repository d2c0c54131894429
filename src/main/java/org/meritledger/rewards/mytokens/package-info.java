/** A soldier's tokens as they see them: balance and history with each movement's ledger entry and appeal. */
package org.meritledger.rewards.mytokens;
