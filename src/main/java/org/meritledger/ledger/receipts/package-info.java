/**
 * Receipts for people outside the portal: the public check behind the "Check a receipt" page
 * ({@link PublicReceiptCheck}: the receipt's own proof and signatures with the pure core, then
 * consistency with today's ledger) and the printable one-page PDF with its QR code
 * ({@link ReceiptPdf}).
 */
package org.meritledger.ledger.receipts;
