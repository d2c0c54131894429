/**
 * Storage of award rules (JPA), the reads of training's signed results and of rule awards they
 * need, the ledger mirror of rule versions, and the replay check that full verification runs.
 */
package org.meritledger.rewards.rules.jpa;
