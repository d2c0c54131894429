/**
 * CSV import of results as range systems and spreadsheets export them, and CSV export that is
 * safe to open in a spreadsheet. The reading, checking and writing ({@code ScoreCsvImporter},
 * {@code ResultsCsvExport}, {@code RejectedRowsReport}) import no framework: they are told who
 * may be imported and what is already recorded. {@code ScoreFileService} is the application
 * service around them: it checks the caller and the session, saves valid rows as draft lines and
 * exports a signed-off session with the values in effect (corrections applied).
 */
package org.meritledger.training.session.csv;
