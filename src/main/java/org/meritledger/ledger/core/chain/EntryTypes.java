package org.meritledger.ledger.core.chain;

/** Entry types the core itself gives meaning to; all others are the application's. */
public final class EntryTypes {

    /** Sequence 0: names the ledger's origin, suite and first signing key. */
    public static final String GENESIS = "genesis";

    /** Replaces the checkpoint signing key from the next checkpoint on. */
    public static final String KEY_ROTATED = "ledger.key.rotated";

    private EntryTypes() {}
}
