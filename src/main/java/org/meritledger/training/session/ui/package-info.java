/**
 * The sessions list, the new-session dialog, one session's page (draft sheet, sign-off, the CSV
 * import dialog; once signed, each result as it counts now with Correct and History from
 * {@code training.correction.ui}) and the CSV export link.
 */
package org.meritledger.training.session.ui;
