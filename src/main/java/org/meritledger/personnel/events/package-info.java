/**
 * What personnel tells other features happened to a soldier, as synchronous CDI events fired
 * inside the transaction that made the change (after its ledger entry): a transfer to another
 * unit and a change of status. Records of ids and values, never entities; personnel does not
 * know who listens. Career events reach these through {@code SoldierService}, which is the one
 * place a soldier's unit or status changes.
 */
package org.meritledger.personnel.events;
