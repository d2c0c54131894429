package org.meritledger.personnel;

/** What was typed to create or change a soldier. */
public record SoldierDraft(
        String serviceNumber, String familyName, String givenName, Rank rank, Long unitId, SoldierStatus status) {}
