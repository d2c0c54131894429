/** Storage of redemption requests and what ledger verification checks about them. */
package org.meritledger.rewards.redemption.jpa;
