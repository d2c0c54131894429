/** The rewards tables: JPA repositories, and the ledger mirrors and balance check that verification runs in plain SQL. */
package org.meritledger.rewards.jpa;
