/**
 * A soldier's own training ("My training"): their signed results newest first with the values
 * that count now (corrections applied), the trend per training type, and each result's ledger
 * receipt checked on the spot. {@code SoldierResults} gives the same read model of one soldier
 * to the service record, for whoever may see that soldier. Reads only; results are recorded in
 * {@code training.session} and corrected in {@code training.correction}.
 */
package org.meritledger.training.mytraining;
