package org.meritledger.ledger.core.merkle;

/** A node a proof needs is not in the {@link NodeStore}: the store lags behind the tree size asked for. */
public final class MissingNodeException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final int level;
    private final long index;

    public MissingNodeException(int level, long index) {
        super("node not stored: level " + level + ", index " + index);
        this.level = level;
        this.index = index;
    }

    public int level() {
        return level;
    }

    public long index() {
        return index;
    }
}
