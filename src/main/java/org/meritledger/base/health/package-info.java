/**
 * MicroProfile Health checks of the portal itself, one class per concern: liveness (the JVM
 * serves requests; deliberately not the database) and database readiness (it answers and every
 * migration is applied). The ledger's own readiness check is {@code ledger.LedgerReadiness}.
 */
package org.meritledger.base.health;
