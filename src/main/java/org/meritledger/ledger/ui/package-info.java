/**
 * The ledger's page for administrators and auditors ({@link org.meritledger.ledger.ui.LedgerView}).
 * It calls {@link org.meritledger.ledger.LedgerAdminService} only; access is checked there again.
 */
package org.meritledger.ledger.ui;
