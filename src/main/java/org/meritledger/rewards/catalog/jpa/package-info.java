/** JPA repositories of catalog items and their versions, and their ledger mirror (plain SQL for verification). */
package org.meritledger.rewards.catalog.jpa;
