package org.meritledger.personnel;

/** Where a soldier stands with the battalion. Only ACTIVE soldiers appear on rosters by default. */
public enum SoldierStatus {
    ACTIVE,
    TRANSFERRED,
    DISCHARGED
}
