package org.meritledger.personnel;

/**
 * Ranks in order of seniority, enlisted then officers. The code is stored; the displayed name
 * comes from the translations ({@code rank.<CODE>}), so it reads right in every language.
 */
public enum Rank {
    PVT,
    PFC,
    SPC,
    CPL,
    SGT,
    SSG,
    SFC,
    MSG,
    FSG,
    SGM,
    LT2,
    LT1,
    CPT,
    MAJ,
    LTC,
    COL;

    public String translationKey() {
        return "rank." + name();
    }
}
