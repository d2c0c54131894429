package org.meritledger.personnel.events;

/**
 * A soldier now belongs to another unit.
 *
 * @param ledgerSeq the sequence number of the {@code personnel.soldier.updated} entry that recorded it
 */
public record SoldierTransferred(long soldierId, long fromUnitId, long toUnitId, long ledgerSeq) {}
