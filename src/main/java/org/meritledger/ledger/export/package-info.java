/**
 * The streamed export of the whole ledger as JSON Lines ({@code merit-ledger-export/v1},
 * ledger-format.md section 11): {@link LedgerExporter} writes it from database cursors straight
 * to any stream in constant memory; {@link LedgerExportService} is the access-checked boundary
 * every endpoint calls; {@link LedgerExportServlet} serves it at {@code /ledger/export}.
 */
package org.meritledger.ledger.export;
