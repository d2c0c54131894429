package org.meritledger.personnel.events;

import org.meritledger.personnel.SoldierStatus;

/**
 * A soldier's status changed (e.g. to discharged, whose token balance is then frozen).
 *
 * @param ledgerSeq the sequence number of the {@code personnel.soldier.updated} entry that recorded it
 */
public record SoldierStatusChanged(long soldierId, SoldierStatus from, SoldierStatus to, long ledgerSeq) {}
