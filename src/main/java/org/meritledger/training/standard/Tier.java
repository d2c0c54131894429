package org.meritledger.training.standard;

/** Marksmanship qualification tiers, best first. */
public enum Tier {
    EXPERT,
    SHARPSHOOTER,
    MARKSMAN,
    UNQUALIFIED;

    public boolean qualified() {
        return this != UNQUALIFIED;
    }
}
