package org.meritledger.personnel;

/** A soldier as rosters and forms see one. */
public record SoldierRow(
        long id,
        String serviceNumber,
        String familyName,
        String givenName,
        Rank rank,
        long unitId,
        String unitPath,
        SoldierStatus status) {

    public String fullName() {
        return familyName + ", " + givenName;
    }
}
