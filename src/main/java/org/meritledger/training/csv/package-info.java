/**
 * CSV import of results as range systems and spreadsheets export them, and CSV export that is
 * safe to open in a spreadsheet. Pure logic: the session service supplies who may be imported
 * and what is already recorded; this package only reads, checks and reports.
 */
package org.meritledger.training.csv;
